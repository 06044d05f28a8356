"""Kubeflow Pipelines v1: train the churn classifier, then roll it out to TF Serving."""
import kfp
from kfp import dsl


@dsl.pipeline(name="churn", description="Train the churn model and serve it.")
def churn_pipeline(export_dir: str = "gs://acme-ml/churn/export", epochs: str = "20"):
    train = dsl.ContainerOp(
        name="train",
        image="gcr.io/acme-ml/churn-trainer:1.4",
        arguments=["--export-dir", export_dir, "--epochs", epochs],
    )
    # Rolls the freshly exported SavedModel out as soon as training finishes.
    serve = dsl.ContainerOp(
        name="rollout",
        image="gcr.io/acme-ml/churn-tf-serving-launcher:1.4",
        arguments=["--model-path", export_dir, "--service", "churn"],
    )
    serve.after(train)
    dashboard = dsl.ContainerOp(
        name="dashboard",
        image="gcr.io/acme-ml/deploy-dashboard:2.0",
        arguments=["--service", "churn-ui"],
    )
    dashboard.after(serve)


if __name__ == "__main__":
    kfp.compiler.Compiler().compile(churn_pipeline, "churn_pipeline.yaml")
