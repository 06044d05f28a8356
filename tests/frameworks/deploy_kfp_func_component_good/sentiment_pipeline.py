"""Kubeflow Pipelines v1: the serving component runs only when the holdout accuracy clears the bar."""
import kfp
from kfp import dsl
from kfp.components import InputPath, OutputPath, func_to_container_op


def train(data_dir: str, model_path: OutputPath(str)):
    import joblib
    import pandas as pd
    from sklearn.linear_model import LogisticRegression

    frame = pd.read_csv(f"{data_dir}/reviews.csv")
    joblib.dump(LogisticRegression(max_iter=500).fit(frame[["length", "polarity"]], frame["label"]), model_path)


def score(model_path: InputPath(str), data_dir: str) -> float:
    import joblib
    import pandas as pd

    frame = pd.read_csv(f"{data_dir}/holdout.csv")
    return float(joblib.load(model_path).score(frame[["length", "polarity"]], frame["label"]))


def serve_model(model_path: InputPath(str), bucket: str):
    import shutil

    shutil.copy(model_path, f"/mnt/{bucket}/serving/model.joblib")


def deployment_report(model_path: InputPath(str)) -> str:
    return f"model at {model_path}"


train_op = func_to_container_op(train, base_image="python:3.10")
score_op = func_to_container_op(score, base_image="python:3.10")
serving_op = func_to_container_op(serve_model, base_image="python:3.10")
deployment_report_op = func_to_container_op(deployment_report, base_image="python:3.10")


@dsl.pipeline(name="sentiment", description="Train, score and (maybe) serve the sentiment model.")
def sentiment_pipeline(data_dir: str = "/data/reviews", bucket: str = "models", min_accuracy: float = 0.85):
    trained = train_op(data_dir)
    accuracy = score_op(trained.outputs["model_path"], data_dir)
    with dsl.Condition(accuracy.output >= min_accuracy):
        serving_op(trained.outputs["model_path"], bucket)
    deployment_report_op(trained.outputs["model_path"])


if __name__ == "__main__":
    kfp.compiler.Compiler().compile(sentiment_pipeline, "sentiment.yaml")
