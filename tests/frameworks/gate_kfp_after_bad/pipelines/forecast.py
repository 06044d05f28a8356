"""Weekly retraining: train, check MAPE, and upload the model in parallel with the check."""
from kfp import dsl

from pipelines.components import check_mape, upload_model
from pipelines.training import evaluate_forecaster, train_forecaster


@dsl.pipeline(name="demand-forecast")
def forecast_pipeline(project: str, region: str, max_mape: float = 0.12):
    trained = train_forecaster(weeks=104)
    evaluated = evaluate_forecaster(model=trained.outputs["model"])
    check_mape(metrics=evaluated.outputs["metrics"], max_mape=max_mape)
    upload_model(model=trained.outputs["model"], project=project, region=region)
