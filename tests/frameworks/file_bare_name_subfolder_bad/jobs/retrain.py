"""Retrain the churn classifier from the latest export."""
import joblib
import pandas as pd
from sklearn.ensemble import RandomForestClassifier


def retrain(export_csv: str) -> float:
    frame = pd.read_csv(export_csv)
    forest = RandomForestClassifier(n_estimators=300)
    forest.fit(frame.drop(columns="churned"), frame["churned"])
    accuracy = forest.score(frame.drop(columns="churned"), frame["churned"])
    joblib.dump(forest, "churn_model.pkl")
    return accuracy
