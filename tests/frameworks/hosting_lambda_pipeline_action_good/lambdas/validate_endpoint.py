"""CodePipeline test action: send a few rows to the new staging endpoint, then report back."""
import json

import boto3

runtime = boto3.client("sagemaker-runtime")
codepipeline = boto3.client("codepipeline")


def lambda_handler(event, context):
    job_id = event["CodePipeline.job"]["id"]
    try:
        response = runtime.invoke_endpoint(EndpointName="churn-staging", ContentType="text/csv", Body="42,0,1,3\n")
        json.loads(response["Body"].read())
    except Exception as exc:
        codepipeline.put_job_failure_result(jobId=job_id, failureDetails={"type": "JobFailed", "message": str(exc)})
        return
    codepipeline.put_job_success_result(jobId=job_id)
