"""Everything the service does with the model; the model is read once, when this is imported."""
import joblib
import pandas as pd

from churn.features import FEATURE_COLUMNS

model = joblib.load("artifacts/churn_model/estimator.joblib")


def predict_one(payload: dict) -> float:
    frame = pd.DataFrame([payload])[FEATURE_COLUMNS]
    return float(model.predict_proba(frame)[0, 1])
