"""Processing step: check the raw match table before training (schema, nulls, scores)."""

import pandas as pd

REQUIRED = ["home", "away", "home_score", "away_score"]


def validate(frame: pd.DataFrame) -> None:
    missing = [c for c in REQUIRED if c not in frame.columns]
    if missing:
        raise ValueError(f"missing columns: {missing}")
    if (frame["home_score"] < 0).any() or (frame["away_score"] < 0).any():
        raise ValueError("negative score in the raw data")


if __name__ == "__main__":
    table = pd.read_csv("/opt/ml/processing/input/matches.csv")
    validate(table)
    table.to_csv("/opt/ml/processing/train/matches.csv", index=False)
