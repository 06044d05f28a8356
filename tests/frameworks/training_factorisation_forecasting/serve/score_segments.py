import joblib
import pandas as pd


def assign(rfm: pd.DataFrame, path: str = "segments.joblib") -> pd.Series:
    model = joblib.load(path)
    return pd.Series(model.predict(rfm[["recency", "frequency", "monetary"]]), index=rfm.index)
