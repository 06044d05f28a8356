"""Release the candidate demand model only when it beats the production model's MAPE."""

import argparse
import json
import sys

from azure.ai.ml import MLClient
from azure.ai.ml.entities import AmlCompute, CodeConfiguration, ManagedOnlineDeployment, Model
from azure.ai.ml.entities import MonitorSchedule
from azure.identity import DefaultAzureCredential

from ops.endpoint import ensure_endpoint, roll_out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model-dir", default="outputs/model")
    parser.add_argument("--metrics", default="outputs/metrics.json")
    args = parser.parse_args()
    with open(args.metrics) as handle:
        metrics = json.load(handle)
    if metrics["candidate_mape"] >= metrics["production_mape"]:
        sys.exit(f"candidate MAPE {metrics['candidate_mape']:.3f} does not beat production; nothing released")
    ml_client = MLClient.from_config(credential=DefaultAzureCredential())
    ml_client.begin_create_or_update(AmlCompute(name="cpu-cluster", size="Standard_DS3_v2", max_instances=2)).result()
    registered = ml_client.create_or_update(Model(path=args.model_dir, name="demand-forecast", type="mlflow_model"))
    endpoint = ensure_endpoint(ml_client, "demand-forecast")
    green = ManagedOnlineDeployment(
        name="green",
        endpoint_name=endpoint.name,
        model=registered.id,
        code_configuration=CodeConfiguration(code="ops/scoring", scoring_script="score.py"),
        instance_type="Standard_DS2_v2",
        instance_count=1,
    )
    roll_out(ml_client, green, endpoint)
    ml_client.schedules.begin_create_or_update(MonitorSchedule(name="demand-drift", trigger=DAILY, create_monitor=DRIFT_SIGNALS))


if __name__ == "__main__":
    main()
