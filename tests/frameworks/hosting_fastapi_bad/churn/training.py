import joblib
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier

from .features import FEATURES


def train_model(df: pd.DataFrame, path: str = "artifacts/churn.joblib") -> None:
    model = HistGradientBoostingClassifier(max_iter=300)
    model.fit(df[FEATURES], df["churned"])
    joblib.dump(model, path)
