"""API Gateway proxy: forward the request body to the churn endpoint and return its score."""
import json

import boto3

from lambdas.retrain import FEATURES

runtime = boto3.client("sagemaker-runtime")


def lambda_handler(event, context):
    row = json.loads(event["body"])
    body = ",".join(str(row[name]) for name in FEATURES)
    response = runtime.invoke_endpoint(EndpointName="churn-prod", ContentType="text/csv", Body=body)
    return {"statusCode": 200, "body": response["Body"].read().decode()}
