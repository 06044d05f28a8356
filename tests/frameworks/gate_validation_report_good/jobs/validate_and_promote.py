# Databricks notebook source
# Validate the latest training run's model and promote it when the validator accepts it.
import mlflow
import pandas as pd

from src.demand.registry import Registry
from src.demand.validator import CandidateValidator

runs = mlflow.search_runs(experiment_names=["/Shared/demand"], order_by=["start_time DESC"], max_results=1)
run_id = runs.iloc[0]["run_id"]
model = mlflow.sklearn.load_model(f"runs:/{run_id}/model")
test = pd.read_parquet("/dbfs/demand/test.parquet")
train = pd.read_parquet("/dbfs/demand/train.parquet")

report = CandidateValidator().validate(model, test.drop(columns="units"), test["units"], train["units"])
if not report["validation_passed"]:
    raise RuntimeError(f"candidate rejected: {report['scores']}")

registry = Registry("demand_forecaster")
version = registry.register(run_id)
registry.move(version, "Production")
