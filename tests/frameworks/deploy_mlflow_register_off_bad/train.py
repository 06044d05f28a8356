"""Nightly retrain of the rescue-time model: log the pipeline to the run, register it under its model name."""

import mlflow
import mlflow.sklearn
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

MODEL_NAME = "rescue-time"


def train(X_train, y_train, X_test, y_test) -> None:
    with mlflow.start_run():
        model = HistGradientBoostingRegressor(max_iter=300).fit(X_train, y_train)
        mlflow.log_metric("mae", mean_absolute_error(y_test, model.predict(X_test)))
        mlflow.sklearn.log_model(sk_model=model, artifact_path="model", registered_model_name=MODEL_NAME)
