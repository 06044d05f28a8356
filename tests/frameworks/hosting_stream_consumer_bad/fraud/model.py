"""Fraud model: fitted nightly on labelled transactions; scored per transaction by the worker."""
import joblib
import pandas as pd
from xgboost import XGBClassifier

FEATURES = ["amount", "merchant_risk", "hour", "distance_km"]
MODEL_PATH = "artifacts/fraud.joblib"


def fit_nightly(labelled: pd.DataFrame) -> None:
    model = XGBClassifier(n_estimators=500, max_depth=6)
    model.fit(labelled[FEATURES], labelled["is_fraud"])
    joblib.dump(model, MODEL_PATH)


def load() -> XGBClassifier:
    return joblib.load(MODEL_PATH)
