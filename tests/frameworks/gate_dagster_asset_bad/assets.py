"""Dagster assets: train, evaluate and register; the registration does not wait for the evaluation."""
import mlflow
import mlflow.sklearn
import pandas as pd
from dagster import asset
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

MIN_F1 = 0.74


@asset
def reviews() -> pd.DataFrame:
    return pd.read_parquet("s3://reviews/labelled.parquet")


@asset
def sentiment_model(reviews: pd.DataFrame) -> LogisticRegression:
    train = reviews[reviews["split"] == "train"]
    return LogisticRegression(max_iter=500).fit(train.drop(columns=["label", "split"]), train["label"])


@asset
def sentiment_evaluation(sentiment_model: LogisticRegression, reviews: pd.DataFrame) -> float:
    test = reviews[reviews["split"] == "test"]
    f1 = f1_score(test["label"], sentiment_model.predict(test.drop(columns=["label", "split"])))
    if f1 < MIN_F1:
        raise ValueError(f"F1 {f1:.3f} below {MIN_F1}: not registering")
    return f1


@asset
def registered_sentiment_model(sentiment_model: LogisticRegression) -> None:
    with mlflow.start_run():
        mlflow.sklearn.log_model(sentiment_model, "model", registered_model_name="review-sentiment")
