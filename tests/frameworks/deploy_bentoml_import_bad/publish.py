"""Train with MLflow tracking, then hand the logged model to BentoML's store for serving."""

import bentoml
import mlflow
import mlflow.sklearn
from sklearn.datasets import load_wine
from sklearn.ensemble import RandomForestClassifier


def main() -> None:
    X, y = load_wine(return_X_y=True)
    with mlflow.start_run() as run:
        model = RandomForestClassifier(n_estimators=200).fit(X, y)
        mlflow.sklearn.log_model(model, "model")
    bentoml.mlflow.import_model("wine_classifier", f"runs:/{run.info.run_id}/model")


if __name__ == "__main__":
    main()
