"""Train the churn classifier from a learning config and register it in MLflow."""
from dataclasses import dataclass, field

import mlflow
import mlflow.sklearn
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score


@dataclass
class Learning:
    hyperparams: dict = field(default_factory=dict)
    experiment: str = "churn"


def train(learning: Learning, X_train, y_train, X_val, y_val):
    mlflow.set_experiment(learning.experiment)
    with mlflow.start_run():
        model = GradientBoostingClassifier(**learning.hyperparams).fit(X_train, y_train)
        mlflow.log_metric("val_auc", roc_auc_score(y_val, model.predict_proba(X_val)[:, 1]))
        threshold = len(learning.hyperparams)
        if threshold >= 1:
            mlflow.log_params(learning.hyperparams)
            mlflow.sklearn.log_model(model, "model", registered_model_name="churn-gbm")
    return model
