"""Kubeflow Pipelines v1: lightweight components; the last one serves the trained classifiers."""
import kfp
from kfp import dsl
from kfp.components import InputPath, OutputPath, func_to_container_op


def train(data_dir: str, model_path: OutputPath(str)):
    import subprocess

    subprocess.run(["python", "-m", "sentiment.train", "--data", data_dir, "--out", model_path], check=True)


def score(model_path: InputPath(str), data_dir: str) -> float:
    import joblib
    import pandas as pd

    frame = pd.read_csv(f"{data_dir}/holdout.csv")
    return float(joblib.load(model_path).score(frame[["length", "polarity"]], frame["label"]))


def web_port(model_path: InputPath(str)):
    import joblib
    from flask import Flask, jsonify, request

    model = joblib.load(model_path)
    app = Flask(__name__)

    @app.route("/predict", methods=["POST"])
    def predict():
        rows = request.get_json()["rows"]
        return jsonify(model.predict(rows).tolist())

    app.run(host="0.0.0.0", port=8080)


def serve_model(model_path: InputPath(str), bucket: str):
    import shutil

    shutil.copy(model_path, f"/mnt/{bucket}/serving/model.joblib")


@dsl.pipeline(name="sentiment", description="Train, score and serve the sentiment model.")
def sentiment_pipeline(data_dir: str = "/data/reviews", bucket: str = "models"):
    train_op = func_to_container_op(train, base_image="python:3.10")
    score_op = func_to_container_op(score, base_image="python:3.10")
    http_op = func_to_container_op(func=web_port, base_image="python:3.10")
    serving_op = func_to_container_op(serve_model, base_image="python:3.10")

    trained = train_op(data_dir)
    score_op(trained.outputs["model_path"], data_dir)
    http_op(trained.outputs["model_path"])
    serving_op(trained.outputs["model_path"], bucket)


if __name__ == "__main__":
    kfp.compiler.Compiler().compile(sentiment_pipeline, "sentiment.yaml")
