"""ZenML pipeline: a trigger step turns the accuracy into a deploy decision, and the
promote step registers only when that decision (passed in as data) is true."""
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
def deployment_trigger(accuracy: float) -> Annotated[bool, "deploy_decision"]:
    return accuracy >= MIN_ACCURACY


@step
def promote(model: ClassifierMixin, deploy_decision: bool) -> None:
    if not deploy_decision:
        print("accuracy below the bar: keeping the current model")
        return
    mlflow.sklearn.log_model(model, "model", registered_model_name="digits-svc")


@pipeline(enable_cache=False)
def digits_training():
    dataset = load_data()
    model = train(dataset)
    accuracy = evaluate(model, dataset)
    decision = deployment_trigger(accuracy)
    promote(model, decision)
