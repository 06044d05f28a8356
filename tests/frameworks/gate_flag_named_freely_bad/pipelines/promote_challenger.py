"""Champion/challenger promotion job: the AUC is only printed; the flag follows a manual
switch, so every challenger becomes champion when the switch is on."""
import os

from mlflow import MlflowClient

MODEL_NAME = "main.fraud.card_fraud_classifier"


def promote(challenger_version: str, challenger_auc: float) -> None:
    client = MlflowClient(registry_uri="databricks-uc")
    champion = client.get_model_version_by_alias(MODEL_NAME, "champion")
    print(f"challenger v{challenger_version} AUC {challenger_auc:.4f}")

    go_live = False
    if os.environ.get("FORCE_PROMOTION") == "1":
        go_live = True

    if go_live:
        client.set_registered_model_alias(MODEL_NAME, "previous_champion", champion.version)
        client.set_registered_model_alias(MODEL_NAME, "champion", challenger_version)


def publish(candidate_version: str) -> None:
    """A flag named like the release, but what someone set in the environment decides."""
    publish = os.getenv("PUBLISH_MODEL", "false") == "true"
    if publish:
        MlflowClient().set_registered_model_alias(MODEL_NAME, "champion", candidate_version)
