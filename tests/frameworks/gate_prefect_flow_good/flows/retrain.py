"""Prefect 2/3 flow: retrain the claims-severity regressor and promote it if it beats production."""
import mlflow
import pandas as pd
from mlflow import MlflowClient
from prefect import flow, task
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

MODEL_NAME = "claims-severity"


@task(retries=2)
def load(path: str) -> pd.DataFrame:
    return pd.read_parquet(path)


@task
def fit(frame: pd.DataFrame) -> GradientBoostingRegressor:
    return GradientBoostingRegressor(n_estimators=400).fit(frame.drop(columns=["cost"]), frame["cost"])


@task
def evaluate(model: GradientBoostingRegressor, holdout: pd.DataFrame) -> dict:
    return {"mae": mean_absolute_error(holdout["cost"], model.predict(holdout.drop(columns=["cost"])))}


@task
def production_mae() -> float:
    client = MlflowClient()
    version = client.get_model_version_by_alias(MODEL_NAME, "production")
    return client.get_run(version.run_id).data.metrics["mae"]


@task
def promote(model: GradientBoostingRegressor) -> None:
    with mlflow.start_run():
        info = mlflow.sklearn.log_model(model, "model", registered_model_name=MODEL_NAME)
    MlflowClient().set_registered_model_alias(MODEL_NAME, "production", info.registered_model_version)


@flow(name="claims-retrain", log_prints=True)
def retrain(train_path: str = "s3://claims/train.parquet", holdout_path: str = "s3://claims/holdout.parquet") -> None:
    model = fit(load(train_path))
    metrics = evaluate(model, load(holdout_path))
    if metrics["mae"] < production_mae():
        promote(model)
    else:
        print(f"candidate MAE {metrics['mae']:.2f} does not beat production; keeping it")
