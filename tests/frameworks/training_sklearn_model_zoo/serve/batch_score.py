"""Nightly batch scoring: loads the fitted pipeline from disk, transforms and predicts only."""
import joblib
import pandas as pd

MODEL_PATH = "artifacts/model.joblib"


def score(path: str) -> pd.DataFrame:
    pipeline = joblib.load(MODEL_PATH)
    frame = pd.read_parquet(path)
    features = pipeline.named_steps["pre"].transform(frame)
    frame["churn_probability"] = pipeline.predict_proba(frame)[:, 1]
    frame["churn"] = pipeline.predict(frame)
    return frame.assign(n_features=features.shape[1])
