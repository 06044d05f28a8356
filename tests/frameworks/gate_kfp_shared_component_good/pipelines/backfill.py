"""Backfill after a data outage: retrain on the repaired history; upload only within budget."""
from kfp import dsl

from pipelines.components import read_mape, upload_model
from pipelines.training import evaluate_forecaster, train_forecaster


@dsl.pipeline(name="demand-backfill")
def backfill_pipeline(project: str, region: str, max_mape: float = 0.15):
    trained = train_forecaster(weeks=156)
    evaluated = evaluate_forecaster(model=trained.outputs["model"])
    mape = read_mape(metrics=evaluated.outputs["metrics"])
    with dsl.If(mape.output <= max_mape):
        upload_model(model=trained.outputs["model"], project=project, region=region)
