"""Train and register in one go (the MLflow quickstart pattern)."""
import mlflow
import mlflow.sklearn
from sklearn.ensemble import RandomForestClassifier

mlflow.set_experiment("churn")


def main(X_train, y_train):
    with mlflow.start_run() as run:
        clf = RandomForestClassifier(n_estimators=300).fit(X_train, y_train)
        mlflow.sklearn.log_model(clf, name="model", registered_model_name="churn")
    return run.info.run_id
