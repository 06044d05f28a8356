"""KFP v2 pipeline: champion if F1 >= 0.85, challenger if >= 0.80, otherwise notify."""
from kfp import compiler, dsl

from pipeline.components import evaluate, notify, promote, train


@dsl.pipeline(name="churn-retrain")
def churn_pipeline(table: str = "gs://churn/features.parquet", holdout: str = "gs://churn/holdout.parquet"):
    trained = train(table=table)
    f1 = evaluate(model=trained.outputs["model"], holdout=holdout)
    with dsl.If(f1.output >= 0.85, name="f1-champion"):
        promote(model=trained.outputs["model"], alias="champion")
    with dsl.Elif(f1.output >= 0.80, name="f1-challenger"):
        promote(model=trained.outputs["model"], alias="challenger")
    with dsl.Else():
        notify(message="F1 below 0.80: model not promoted")


if __name__ == "__main__":
    compiler.Compiler().compile(churn_pipeline, "churn_pipeline.yaml")
