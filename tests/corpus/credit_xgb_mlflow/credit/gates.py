"""Promotion rules agreed with the model risk committee (MRM-2023-07)."""
from mlflow.tracking import MlflowClient

AUC_MARGIN = 0.005
MAX_KS_DROP = 0.01


def champion_metrics(client: MlflowClient, name: str) -> dict[str, float]:
    current = client.get_latest_versions(name, stages=["Production"])
    if not current:
        return {"auc": 0.0, "ks": 0.0}
    return client.get_run(current[0].run_id).data.metrics


def beats_champion(challenger: dict[str, float], champion: dict[str, float]) -> bool:
    return challenger["auc"] >= champion["auc"] + AUC_MARGIN and challenger["ks"] >= champion["ks"] - MAX_KS_DROP
