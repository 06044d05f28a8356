import numpy as np

PLANS = ["basic", "plus", "premium"]


def to_row(record: dict) -> np.ndarray:
    plan = [1.0 if record["plan"] == name else 0.0 for name in PLANS]
    return np.array([record["day_minutes"], record["support_calls"], *plan], dtype=float)
