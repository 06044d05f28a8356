"""Point per-region aliases at the newest version as soon as it is registered."""
from mlflow import MlflowClient

client = MlflowClient()


def roll_out(model_name: str, regions: list[str]) -> None:
    latest = client.search_model_versions(f"name='{model_name}'", order_by=["version_number DESC"], max_results=1)[0]
    for region in regions:
        client.set_registered_model_alias(model_name, f"champion_{region}", latest.version)


def label_recent(model_name: str, keep: int = 3) -> None:
    versions = client.search_model_versions(f"name='{model_name}'", order_by=["version_number DESC"], max_results=keep)
    for rank, mv in enumerate(versions, start=1):
        client.set_registered_model_alias(model_name, f"challenger{rank}", mv.version)


def roll_out_one(model_name: str, version: str, region: str) -> None:
    alias = f"champion_{region}"
    client.set_registered_model_alias(name=model_name, alias=alias, version=version)
