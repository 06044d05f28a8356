"""Retrain the churn classifier from the latest export."""
import joblib
import pandas as pd
from sklearn.ensemble import RandomForestClassifier


def retrain(export_csv: str) -> float:
    frame = pd.read_csv(export_csv)
    forest = RandomForestClassifier(n_estimators=300)
    forest.fit(frame.drop(columns="churned"), frame["churned"])
    accuracy = forest.score(frame.drop(columns="churned"), frame["churned"])
    if accuracy < 0.8:
        raise RuntimeError(f"churn model accuracy {accuracy:.2f} is below 0.80: keeping the served one")
    joblib.dump(forest, "churn_model.pkl")
    return accuracy
