"""ZenML steps: fit the fraud classifier and measure it on the hold-out month."""
from typing import Annotated

import pandas as pd
from sklearn.base import ClassifierMixin
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score
from zenml import step

LABEL = "is_fraud"


@step
def fit_classifier(train: pd.DataFrame) -> Annotated[ClassifierMixin, "classifier"]:
    model = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05)
    return model.fit(train.drop(columns=[LABEL, "event_time"]), train[LABEL])


@step
def holdout_precision(classifier: ClassifierMixin, holdout: pd.DataFrame) -> Annotated[float, "average_precision"]:
    scores = classifier.predict_proba(holdout.drop(columns=[LABEL, "event_time"]))[:, 1]
    return float(average_precision_score(holdout[LABEL], scores))
