"""Point an alias the caller names at the version the nightly run just registered."""
import sys

from mlflow import MlflowClient

client = MlflowClient()


def mark(model_name: str, version: str, alias: str) -> None:
    client.set_registered_model_alias(model_name, alias, version)


def mark_champion(model_name: str, version: str) -> None:
    client.set_registered_model_alias(model_name, "champion", version)


if __name__ == "__main__":
    mark("churn", sys.argv[1], sys.argv[2])
