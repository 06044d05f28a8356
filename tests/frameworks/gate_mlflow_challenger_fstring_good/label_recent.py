"""Label the newest registered versions challenger1..challengerN so the weekly bake-off can pick them up.

Nothing here serves traffic: the champion alias moves only in promote.py, after the comparison.
"""
from mlflow import MlflowClient

client = MlflowClient()


def label_recent(model_name: str, keep: int = 3) -> list[str]:
    versions = client.search_model_versions(f"name='{model_name}'", order_by=["version_number DESC"], max_results=keep)
    labelled = []
    for rank, mv in enumerate(versions, start=1):
        client.set_registered_model_alias(model_name, f"challenger{rank}", mv.version)
        labelled.append(mv.version)
    return labelled


def label_for_review(model_name: str, version: str, ticket: str) -> None:
    client.set_registered_model_alias(name=model_name, alias=f"candidate_{ticket}", version=version)


def label_shadow(model_name: str, version: str, slot: int) -> None:
    alias = f"challenger_{slot}"
    client.set_registered_model_alias(name=model_name, alias=alias, version=version)
