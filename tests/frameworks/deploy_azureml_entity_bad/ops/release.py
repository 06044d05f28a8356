"""Release the latest demand model to the managed online endpoint."""

import argparse

from azure.ai.ml import MLClient
from azure.ai.ml.entities import AmlCompute, CodeConfiguration, ManagedOnlineDeployment, Model
from azure.identity import DefaultAzureCredential

from ops.endpoint import ensure_endpoint, roll_out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model-dir", default="outputs/model")
    args = parser.parse_args()
    ml_client = MLClient.from_config(credential=DefaultAzureCredential())
    ml_client.begin_create_or_update(AmlCompute(name="cpu-cluster", size="Standard_DS3_v2", max_instances=2)).result()
    registered = ml_client.create_or_update(Model(path=args.model_dir, name="demand-forecast", type="mlflow_model"))
    endpoint = ensure_endpoint(ml_client, "demand-forecast")
    blue = ManagedOnlineDeployment(
        name="blue",
        endpoint_name=endpoint.name,
        model=registered.id,
        code_configuration=CodeConfiguration(code="ops/scoring", scoring_script="score.py"),
        instance_type="Standard_DS2_v2",
        instance_count=1,
    )
    roll_out(ml_client, blue, endpoint)


if __name__ == "__main__":
    main()
