"""Kubeflow Pipelines v1: the KServe rollout runs only when the holdout AUC beats the bar."""
import kfp
from kfp import dsl


@dsl.pipeline(name="fraud", description="Train, evaluate and (maybe) deploy the fraud model.")
def fraud_pipeline(model_dir: str = "gs://acme-ml/fraud/model", min_auc: float = 0.92):
    train = dsl.ContainerOp(
        name="train",
        image="gcr.io/acme-ml/fraud-trainer:3.1",
        arguments=["--model-dir", model_dir],
    )
    evaluate = dsl.ContainerOp(
        name="evaluate",
        image="gcr.io/acme-ml/fraud-evaluator:3.1",
        arguments=["--model-dir", model_dir],
        file_outputs={"auc": "/tmp/auc.txt"},
    )
    evaluate.after(train)
    with dsl.Condition(evaluate.outputs["auc"] > min_auc):
        deploy = dsl.ContainerOp(
            name="deploy",
            image="gcr.io/acme-ml/kserve-deployer:0.11",
            arguments=["--model-uri", model_dir, "--name", "fraud"],
        )
        deploy.after(evaluate)


if __name__ == "__main__":
    kfp.compiler.Compiler().compile(fraud_pipeline, "fraud_pipeline.yaml")
