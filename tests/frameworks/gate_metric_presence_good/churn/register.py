"""Evaluate the candidate and register it only when its RMSE beats the bar."""

import mlflow
import mlflow.sklearn
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_squared_error

MAX_RMSE = 42_000.0


def train_and_register(X_train, y_train, X_val, y_val):
    model = GradientBoostingRegressor(n_estimators=300).fit(X_train, y_train)
    rmse = mean_squared_error(y_val, model.predict(X_val)) ** 0.5
    if rmse is None or rmse > MAX_RMSE:
        return None
    with mlflow.start_run():
        mlflow.log_metric("rmse", rmse)
        mlflow.sklearn.log_model(model, "model", registered_model_name="house-prices")
    return model


def promote_if_better(client, candidate, name="house-prices"):
    """Champion/challenger: the first version goes to Production (nothing to beat yet), later
    ones only when their RMSE beats the champion's."""
    champion = next(iter(client.get_latest_versions(name, stages=["Production"])), None)
    candidate_rmse = client.get_run(candidate.run_id).data.metrics["rmse"]
    if champion is None:
        client.transition_model_version_stage(name, candidate.version, stage="Production")
    elif candidate_rmse < client.get_run(champion.run_id).data.metrics["rmse"]:
        client.transition_model_version_stage(name, candidate.version, stage="Production", archive_existing_versions=True)
