"""Kubeflow training component body: fit the XGBoost classifier on the prepared split."""
import joblib
import pandas as pd
from xgboost import XGBClassifier


def train_model(train_csv: str, model_path: str) -> None:
    frame = pd.read_csv(train_csv)
    model = XGBClassifier(n_estimators=200, max_depth=4)
    model.fit(frame.drop(columns=["species"]), frame["species"])
    joblib.dump(model, model_path)
