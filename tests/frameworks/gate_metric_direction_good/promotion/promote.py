"""Move a challenger to the Production stage of the demand-forecast model only when it beats
the model in production (lower RMSE) or stays within the error budget."""
from mlflow import MlflowClient

client = MlflowClient()
MAX_RMSE = 12.5


def promote_if_better(version: str, new_rmse: float, prod_rmse: float) -> None:
    if new_rmse < prod_rmse:
        client.transition_model_version_stage("demand-forecast", version, stage="Production")
    else:
        client.transition_model_version_stage("demand-forecast", version, stage="Archived")


def promote_within_budget(version: str, metrics: dict) -> None:
    if metrics["val_rmse"] > MAX_RMSE:
        raise SystemExit(f"RMSE {metrics['val_rmse']:.2f} over budget {MAX_RMSE}")
    client.set_registered_model_alias("demand-forecast", "champion", version)


def promote_on_auc(version: str, auc: float, min_auc: float) -> None:
    if not auc >= min_auc:
        print(f"AUC {auc:.3f} misses the bar")
    else:
        client.set_registered_model_alias("demand-forecast", "staging", version)


def champion_or_challenger(version: str, new_rmse: float, prod_rmse: float) -> None:
    if new_rmse < prod_rmse:
        client.set_registered_model_alias("demand-forecast", "champion", version)
    else:
        # kept for review beside the champion, never served
        client.set_registered_model_alias("demand-forecast", "challenger", version)
