"""Fit the ticket-routing classifier."""
import joblib
import pandas as pd
from sklearn.linear_model import LogisticRegression


def build_features(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.drop(columns=["ticket_id"])


if __name__ == "__main__":
    tickets = pd.read_csv("data/train.csv")
    model = LogisticRegression(max_iter=500).fit(build_features(tickets.drop(columns="queue")), tickets["queue"])
    joblib.dump(model, "models/router.pkl")
