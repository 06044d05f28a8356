"""ZenML pipeline: the promote step decides on the accuracy it receives from evaluate.

A ZenML @pipeline body is compiled into a DAG before any step runs, so it cannot branch on a
step's output; the gate belongs inside a step.
"""
from typing import Annotated

import mlflow
import pandas as pd
from sklearn.base import ClassifierMixin
from sklearn.metrics import accuracy_score
from sklearn.svm import SVC
from zenml import pipeline, step

MIN_ACCURACY = 0.92


@step
def load_data() -> Annotated[pd.DataFrame, "dataset"]:
    return pd.read_parquet("s3://digits/train.parquet")


@step
def train(dataset: pd.DataFrame) -> Annotated[ClassifierMixin, "model"]:
    return SVC(gamma=0.001).fit(dataset.drop(columns=["label"]), dataset["label"])


@step
def evaluate(model: ClassifierMixin, dataset: pd.DataFrame) -> Annotated[float, "accuracy"]:
    return float(accuracy_score(dataset["label"], model.predict(dataset.drop(columns=["label"]))))


@step
def promote(model: ClassifierMixin, accuracy: float) -> None:
    print(f"accuracy {accuracy:.3f}")
    mlflow.sklearn.log_model(model, "model", registered_model_name="digits-svc")


@pipeline(enable_cache=False)
def digits_training():
    dataset = load_data()
    model = train(dataset)
    accuracy = evaluate(model, dataset)
    promote(model, accuracy)
