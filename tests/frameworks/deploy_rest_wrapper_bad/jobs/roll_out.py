"""Nightly job: put the newest registered churn model behind the endpoint."""
from mlflow import MlflowClient

from workspace.endpoints import EndpointClient

MODEL = "main.ml.churn"


def main() -> None:
    newest = max(MlflowClient().search_model_versions(f"name='{MODEL}'"), key=lambda v: int(v.version))
    endpoints = EndpointClient()
    if endpoints.describe("churn"):
        endpoints.roll_to("churn", MODEL, newest.version)
    else:
        endpoints.create("churn", MODEL, newest.version)
    print(endpoints.score("churn", [{"tenure": 3, "plan": "basic"}]))


if __name__ == "__main__":
    main()
