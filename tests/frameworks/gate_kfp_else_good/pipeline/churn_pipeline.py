"""KFP v2 pipeline: stop on a weak model, otherwise promote (dsl.Else)."""
from kfp import dsl

from pipeline.components import evaluate, notify, promote, train


@dsl.pipeline(name="churn-retrain")
def churn_pipeline(table: str, holdout: str, min_f1: float = 0.8):
    trained = train(table=table)
    f1 = evaluate(model=trained.outputs["model"], holdout=holdout)
    with dsl.If(f1.output < min_f1):
        notify(message="F1 below threshold")
    with dsl.Else():
        promote(model=trained.outputs["model"], alias="champion")
