"""Move a challenger to the Production stage of the demand-forecast model.

The comparisons below point the wrong way: each promotion runs exactly when the challenger
is worse than the bar it is held to."""
from mlflow import MlflowClient

client = MlflowClient()
MAX_RMSE = 12.5


def promote_if_better(version: str, new_rmse: float, prod_rmse: float) -> None:
    if new_rmse > prod_rmse:
        client.transition_model_version_stage("demand-forecast", version, stage="Production")


def promote_unless_good(version: str, metrics: dict) -> None:
    if metrics["val_rmse"] <= MAX_RMSE:
        print("within budget, nothing to do")
        return
    client.set_registered_model_alias("demand-forecast", "champion", version)


def promote_after_report(version: str, auc: float, min_auc: float) -> None:
    if auc >= min_auc:
        print(f"AUC {auc:.3f} clears the bar")
    else:
        print(f"AUC {auc:.3f} misses the bar")
    client.set_registered_model_alias("demand-forecast", "champion", version)
