"""Feature engineering and training for the churn model (one file, grown over time)."""
import joblib
import lightgbm as lgb
import pandas as pd

CATEGORICAL = ["plan", "region"]


def build_features(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["tenure_years"] = out["tenure_months"] / 12
    for column in CATEGORICAL:
        out[column] = out[column].astype("category")
    return out


def train(df: pd.DataFrame, model_path: str = "model.joblib") -> None:
    model = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.05)
    model.fit(build_features(df.drop(columns="churned")), df["churned"])
    joblib.dump(model, model_path)
