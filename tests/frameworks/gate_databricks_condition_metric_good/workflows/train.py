"""Job task: fit the claims severity model and log it to MLflow."""
import mlflow
import pandas as pd
from lightgbm import LGBMRegressor

frame = pd.read_parquet("/Volumes/main/claims/features/train.parquet")
with mlflow.start_run() as run:
    model = LGBMRegressor(n_estimators=400, learning_rate=0.05).fit(frame.drop(columns="severity"), frame["severity"])
    mlflow.sklearn.log_model(model, "model")
dbutils.jobs.taskValues.set(key="run_id", value=run.info.run_id)  # noqa: F821
