"""Backfill after a data outage: retrain on the repaired history and upload straight away."""
from kfp import dsl

from pipelines.components import upload_model
from pipelines.training import train_forecaster


@dsl.pipeline(name="demand-backfill")
def backfill_pipeline(project: str, region: str):
    trained = train_forecaster(weeks=156)
    upload_model(model=trained.outputs["model"], project=project, region=region)
