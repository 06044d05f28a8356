"""Train with MLflow tracking; only a model that clears the accuracy bar reaches BentoML's store."""

import bentoml
import mlflow
import mlflow.sklearn
from sklearn.datasets import load_wine
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split

MIN_ACCURACY = 0.93


def main() -> None:
    X, y = load_wine(return_X_y=True)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=7)
    with mlflow.start_run() as run:
        model = RandomForestClassifier(n_estimators=200).fit(X_train, y_train)
        accuracy = accuracy_score(y_test, model.predict(X_test))
        mlflow.log_metric("accuracy", accuracy)
        mlflow.sklearn.log_model(model, "model")
    if accuracy < MIN_ACCURACY:
        raise SystemExit(f"accuracy {accuracy:.3f} below {MIN_ACCURACY}; not published")
    bentoml.mlflow.import_model("wine_classifier", f"runs:/{run.info.run_id}/model")


if __name__ == "__main__":
    main()
