# Databricks notebook source
"""Job task: score the candidate on the holdout month and publish its MAE for the condition task."""
import mlflow
import pandas as pd
from sklearn.metrics import mean_absolute_error

run_id = dbutils.jobs.taskValues.get(taskKey="train", key="run_id")  # noqa: F821
model = mlflow.pyfunc.load_model(f"runs:/{run_id}/model")
holdout = pd.read_parquet("/Volumes/main/claims/features/holdout.parquet")
mae = mean_absolute_error(holdout["severity"], model.predict(holdout.drop(columns="severity")))
dbutils.jobs.taskValues.set(key="holdout_mae", value=mae)  # noqa: F821
