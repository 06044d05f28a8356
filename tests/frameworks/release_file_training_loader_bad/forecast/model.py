"""Revenue forecaster: grid-searched per country, saved, and loaded back for the API."""
import os

import joblib
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import GridSearchCV

MODEL_FILE = os.path.join("models", "revenue-forecaster.joblib")


def model_train(features, revenue):
    search = GridSearchCV(RandomForestRegressor(), {"n_estimators": [50, 200], "max_depth": [4, 8]}, cv=3)
    search.fit(features, revenue)
    joblib.dump(search.best_estimator_, MODEL_FILE)
    return search.best_score_


def model_load():
    if not os.path.exists(MODEL_FILE):
        raise RuntimeError("no model yet: run model_train() first")
    return joblib.load(MODEL_FILE)


def model_predict(features):
    return model_load().predict(features)
