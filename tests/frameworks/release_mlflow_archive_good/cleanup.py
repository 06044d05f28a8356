"""Housekeeping for the registry: archive stale versions, park a withdrawn one in stage None."""
import argparse

from mlflow import MlflowClient


def archive_stale(model_name: str, keep: int = 3) -> None:
    client = MlflowClient()
    versions = sorted(client.search_model_versions(f"name='{model_name}'"), key=lambda v: int(v.version))
    for version in versions[:-keep]:
        if version.current_stage != "Archived":
            client.transition_model_version_stage(name=model_name, version=version.version, stage="Archived")


def withdraw(model_name: str, version: str) -> None:
    MlflowClient().transition_model_version_stage(model_name, version, stage="None")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="fraud-detector")
    parser.add_argument("--withdraw")
    args = parser.parse_args()
    if args.withdraw:
        withdraw(args.model, args.withdraw)
    archive_stale(args.model)
