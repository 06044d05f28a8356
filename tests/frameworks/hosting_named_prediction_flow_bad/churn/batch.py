"""Nightly scoring of every active customer."""

import mlflow
import pandas as pd
from prefect import flow, task

from churn.train_flow import MODEL_NAME


@task
def score(frame: pd.DataFrame) -> pd.DataFrame:
    model = mlflow.pyfunc.load_model(f"models:/{MODEL_NAME}@production")
    frame["churn_risk"] = model.predict(frame)
    return frame


@flow(name="churn-batch-prediction")
def churn_batch_prediction(path: str = "data/active_customers.parquet") -> None:
    scored = score(pd.read_parquet(path))
    scored.to_parquet("data/scored_customers.parquet")
