"""Registry chores run by hand or from CI: register, stage, alias, copy across workspaces."""
import mlflow
from mlflow import MlflowClient

client = MlflowClient()


def register_run(run_id: str) -> str:
    version = mlflow.register_model(f"runs:/{run_id}/model", "churn")
    return version.version


def register_from_artifacts(source: str, run_id: str):
    client.create_registered_model("churn-dev")
    return client.create_model_version(name="churn-dev", source=source, run_id=run_id)


def to_production(version: str) -> None:
    client.transition_model_version_stage(name="churn", version=version, stage="Production", archive_existing_versions=True)


def set_champion(version: str) -> None:
    client.set_registered_model_alias("churn", "champion", version)


def copy_to_prod_catalog(version: str) -> None:
    client.copy_model_version(src_model_uri=f"models:/churn/{version}", dst_name="prod.ml.churn")
