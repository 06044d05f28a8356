"""S3 put on the labels prefix: start the SageMaker pipeline that retrains the model."""
import boto3

sagemaker = boto3.client("sagemaker")


def lambda_handler(event, context):
    key = event["Records"][0]["s3"]["object"]["key"]
    sagemaker.start_pipeline_execution(PipelineName="churn-retrain", PipelineParameters=[{"Name": "LabelsKey", "Value": key}])
    return {"started": key}
