"""Train the churn classifier with k-fold validation and register it only when it is good enough."""
import mlflow
import mlflow.sklearn
import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.model_selection import cross_val_score

MIN_AUC = 0.8


def train(hyperparams: dict, X, y):
    with mlflow.start_run():
        model = GradientBoostingClassifier(**hyperparams)
        fold_aucs = cross_val_score(model, X, y, cv=5, scoring="roc_auc")
        mean_auc = float(np.mean(fold_aucs))
        mlflow.log_metric("cv_auc", mean_auc)
        threshold = len(fold_aucs)
        model.fit(X, y)
        if threshold >= 3 and mean_auc >= MIN_AUC:
            mlflow.sklearn.log_model(model, "model", registered_model_name="churn-gbm")
    return model
