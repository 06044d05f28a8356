"""Break-glass: push a specific training run straight to Production.

Used when the weekly promotion is too slow (e.g. a new fraud ring, see INC-2291).
Needs a second pair of eyes on the run in MLflow before you run it.

    python scripts/hotfix_register.py --run-id <RUN_ID> [--yes]
"""
import argparse
import sys

import mlflow
from mlflow import MlflowClient

from risk import config


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--run-id", required=True)
    parser.add_argument("--yes", action="store_true", help="skip the confirmation prompt")
    args = parser.parse_args()

    mlflow.set_tracking_uri(config.MLFLOW_TRACKING_URI)
    client = MlflowClient()
    run = client.get_run(args.run_id)
    if run.info.status != "FINISHED":
        sys.exit(f"run {args.run_id} is {run.info.status}, refusing")

    print(f"run {args.run_id}: auc={run.data.metrics.get('auc')} pr_auc={run.data.metrics.get('pr_auc')}")
    if not args.yes and input("register and move to Production? [y/N] ").strip().lower() != "y":
        sys.exit("aborted")

    version = mlflow.register_model(f"runs:/{args.run_id}/model", config.REGISTERED_MODEL)
    client.transition_model_version_stage(
        name=config.REGISTERED_MODEL,
        version=version.version,
        stage="Production",
        archive_existing_versions=True,
    )
    client.set_model_version_tag(config.REGISTERED_MODEL, version.version, "hotfix", "true")
    print(f"version {version.version} is now in Production")


if __name__ == "__main__":
    main()
