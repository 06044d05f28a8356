"""KFP v1 pipeline: registration is conditional on AUC, the endpoint deploy is not."""
import kfp
from kfp import dsl

from pipeline.ops import deploy_op, eval_op, register_op, train_op


@dsl.pipeline(name="leads-scoring", description="Train, evaluate and release the lead scorer")
def leads_pipeline(data_path: str = "gs://leads/train.csv", holdout_path: str = "gs://leads/holdout.csv"):
    model = train_op(data_path)
    auc = eval_op(model.output, holdout_path)
    with dsl.Condition(auc.output > 0.75, name="auc-ok"):
        register_op(model.output)
    deploy_op("leads-logreg").after(auc)


if __name__ == "__main__":
    kfp.compiler.Compiler().compile(leads_pipeline, "leads_pipeline.yaml")
