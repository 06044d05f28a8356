import pandas as pd

CATEGORICAL = ["plan", "region"]


def build_features(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["tenure_years"] = out["tenure_months"] / 12
    for column in CATEGORICAL:
        out[column] = out[column].astype("category")
    return out
