"""What the CRM calls: a thin client of the deployed endpoint, not a server."""
import json

import boto3


class ChurnScoringService:
    def __init__(self, endpoint_name: str = "churn-prod"):
        self.runtime = boto3.client("sagemaker-runtime")
        self.endpoint_name = endpoint_name

    def predict(self, customer: dict) -> float:
        response = self.runtime.invoke_endpoint(EndpointName=self.endpoint_name, ContentType="application/json", Body=json.dumps(customer))
        return float(json.loads(response["Body"].read())["score"])
