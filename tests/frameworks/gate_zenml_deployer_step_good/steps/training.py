"""ZenML steps: load the stroke data, fit a gradient boosting classifier, score it."""
from typing import Annotated, Tuple

import pandas as pd
from sklearn.base import ClassifierMixin
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import recall_score
from sklearn.model_selection import train_test_split
from zenml import step


@step
def load() -> Tuple[Annotated[pd.DataFrame, "train"], Annotated[pd.DataFrame, "test"]]:
    frame = pd.read_csv("data/stroke.csv")
    train, test = train_test_split(frame, test_size=0.25, stratify=frame["stroke"], random_state=7)
    return train, test


@step
def fit(train: pd.DataFrame) -> Annotated[ClassifierMixin, "model"]:
    return GradientBoostingClassifier(n_estimators=250).fit(train.drop(columns="stroke"), train["stroke"])


@step
def score(model: ClassifierMixin, test: pd.DataFrame) -> Annotated[float, "recall"]:
    return float(recall_score(test["stroke"], model.predict(test.drop(columns="stroke"))))
