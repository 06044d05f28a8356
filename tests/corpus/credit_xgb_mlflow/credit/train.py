import argparse

import mlflow
import mlflow.xgboost
import numpy as np
import xgboost as xgb
from scipy.stats import ks_2samp
from sklearn.metrics import roc_auc_score

from credit.dataset import load

PARAMS = {
    "objective": "binary:logistic",
    "eval_metric": "auc",
    "max_depth": 5,
    "eta": 0.05,
    "subsample": 0.8,
    "colsample_bytree": 0.7,
    "min_child_weight": 10,
}


def main(data: str) -> None:
    X_train, X_test, y_train, y_test = load(data)
    dtrain = xgb.DMatrix(X_train, label=y_train)
    dtest = xgb.DMatrix(X_test, label=y_test)
    mlflow.set_experiment("credit-risk")
    with mlflow.start_run():
        mlflow.log_params(PARAMS)
        booster = xgb.train(PARAMS, dtrain, num_boost_round=800, evals=[(dtest, "test")], early_stopping_rounds=50)
        scores = booster.predict(dtest)
        auc = roc_auc_score(y_test, scores)
        ks = ks_2samp(scores[np.asarray(y_test) == 1], scores[np.asarray(y_test) == 0]).statistic
        mlflow.log_metrics({"auc": auc, "ks": ks})
        mlflow.xgboost.log_model(booster, artifact_path="model", registered_model_name="credit-risk")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    main(parser.parse_args().data)
