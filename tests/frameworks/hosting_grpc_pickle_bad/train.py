import pickle

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier

PLANS = ["basic", "plus", "premium"]


def to_row(record: dict) -> np.ndarray:
    plan = [1.0 if record["plan"] == name else 0.0 for name in PLANS]
    return np.array([record["day_minutes"], record["support_calls"], *plan], dtype=float)


if __name__ == "__main__":
    frame = pd.read_csv("data/subscribers.csv")
    rows = np.stack([to_row(r) for r in frame.to_dict("records")])
    model = GradientBoostingClassifier(n_estimators=250).fit(rows, frame["churned"])
    with open("model.pkl", "wb") as handle:
        pickle.dump(model, handle)
