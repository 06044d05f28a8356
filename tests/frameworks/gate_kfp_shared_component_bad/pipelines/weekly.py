"""Weekly retraining: the model is uploaded only when its MAPE is within budget."""
from kfp import dsl

from pipelines.components import read_mape, upload_model
from pipelines.training import evaluate_forecaster, train_forecaster


@dsl.pipeline(name="demand-weekly")
def weekly_pipeline(project: str, region: str, max_mape: float = 0.12):
    trained = train_forecaster(weeks=104)
    evaluated = evaluate_forecaster(model=trained.outputs["model"])
    mape = read_mape(metrics=evaluated.outputs["metrics"])
    with dsl.If(mape.output <= max_mape):
        upload_model(model=trained.outputs["model"], project=project, region=region)
