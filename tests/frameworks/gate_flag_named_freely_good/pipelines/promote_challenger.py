"""Champion/challenger promotion job: the challenger takes the champion alias only when it
beats the champion's validation AUC by the configured margin (or no champion exists yet)."""
from mlflow import MlflowClient

MODEL_NAME = "main.fraud.card_fraud_classifier"
MIN_UPLIFT = 0.005


def _auc(client: MlflowClient, version: str) -> float:
    run_id = client.get_model_version(MODEL_NAME, version).run_id
    return client.get_run(run_id).data.metrics["val_auc"]


def promote(challenger_version: str) -> None:
    client = MlflowClient(registry_uri="databricks-uc")
    champion = client.get_model_version_by_alias(MODEL_NAME, "champion")
    challenger_auc = _auc(client, challenger_version)
    champion_auc = _auc(client, champion.version)

    go_live = False
    if challenger_auc >= champion_auc + MIN_UPLIFT:
        print(f"challenger v{challenger_version} AUC {challenger_auc:.4f} beats champion {champion_auc:.4f}")
        go_live = True
    elif challenger_auc >= champion_auc:
        print("uplift below the margin: the champion stays")
    else:
        print("challenger is worse: the champion stays")

    if go_live:
        client.set_registered_model_alias(MODEL_NAME, "previous_champion", champion.version)
        client.set_registered_model_alias(MODEL_NAME, "champion", challenger_version)


def publish(candidate_version: str, holdout_f1: float, production_f1: float) -> None:
    """The flag holds a comparison helper's verdict."""
    publish = beats_production(holdout_f1, production_f1)
    if publish:
        MlflowClient().set_registered_model_alias(MODEL_NAME, "champion", candidate_version)


def beats_production(candidate_f1: float, production_f1: float) -> bool:
    return candidate_f1 >= production_f1
