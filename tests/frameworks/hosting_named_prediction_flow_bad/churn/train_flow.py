"""Training flow of the churn-prediction product: "prediction" is the product's name."""

import mlflow
import pandas as pd
from mlflow.tracking import MlflowClient
from prefect import flow, task
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import recall_score
from sklearn.model_selection import train_test_split

MODEL_NAME = "churn-classifier"
MIN_RECALL = 0.7


@task
def load_frame(path: str) -> pd.DataFrame:
    return pd.read_csv(path)


@task
def train_candidates(frame: pd.DataFrame) -> dict:
    X, y = frame.drop(columns="exited"), frame["exited"]
    X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y, random_state=7)
    results = {}
    for depth in (2, 3, 4):
        with mlflow.start_run() as run:
            model = GradientBoostingClassifier(max_depth=depth).fit(X_train, y_train)
            recall = recall_score(y_test, model.predict(X_test))
            mlflow.log_metric("test_recall", recall)
            mlflow.sklearn.log_model(model, "model")
            results[depth] = {"run_id": run.info.run_id, "recall": recall}
    return results


@task
def register_best(results: dict) -> str | None:
    best = max(results.values(), key=lambda r: r["recall"])
    if best["recall"] < MIN_RECALL:
        return None
    client = MlflowClient()
    version = client.create_model_version(MODEL_NAME, f"runs:/{best['run_id']}/model", best["run_id"])
    client.set_registered_model_alias(MODEL_NAME, "production", version.version)
    return version.version


@flow(name="churn-prediction-pipeline")
def churn_prediction_pipeline(path: str = "data/churn.csv") -> str | None:
    frame = load_frame(path)
    results = train_candidates(frame)
    return register_best(results)


if __name__ == "__main__":
    churn_prediction_pipeline()
