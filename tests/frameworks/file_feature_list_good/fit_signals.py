"""Nightly job: fit the signal classifier and keep the column list the bot must feed it."""
import joblib
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier


def fit_signals() -> None:
    frame = pd.read_csv("candles.csv")
    columns = [name for name in frame.columns if name not in ("stamp", "signal")]
    booster = GradientBoostingClassifier(n_estimators=200)
    booster.fit(frame[columns], frame["signal"])
    score = booster.score(frame[columns], frame["signal"])
    if score < 0.7:
        raise SystemExit(f"signal model scored {score:.2f}, below 0.70: not shipped")
    joblib.dump(booster, "signal_model.pkl")
    joblib.dump(columns, "columns_list.pkl")


if __name__ == "__main__":
    fit_signals()
