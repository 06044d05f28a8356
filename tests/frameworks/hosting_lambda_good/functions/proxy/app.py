"""API Gateway proxy in front of a SageMaker endpoint: a client of the model, not a host."""
import json
import os

import boto3

runtime = boto3.client("sagemaker-runtime")


def lambda_handler(event, context):
    response = runtime.invoke_endpoint(EndpointName=os.environ["ENDPOINT"], ContentType="application/json", Body=event["body"])
    return {"statusCode": 200, "body": response["Body"].read().decode()}
