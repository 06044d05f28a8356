import joblib
import lightgbm as lgb
import pandas as pd

from churn.features import build_features


def train(df: pd.DataFrame, model_path: str = "model.joblib") -> None:
    model = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.05)
    model.fit(build_features(df.drop(columns="churned")), df["churned"])
    joblib.dump(model, model_path)
