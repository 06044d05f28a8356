"""Retrain the demand model; replace the served file only when it beats the current one."""
import argparse
import pickle

import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error

CANDIDATE_PATH = "artifacts/candidate.pkl"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="data/demand.csv")
    parser.add_argument("--holdout", default="data/holdout.csv")
    parser.add_argument("--model-path", default="service/demand.pkl")
    args = parser.parse_args()
    frame, holdout = pd.read_csv(args.data), pd.read_csv(args.holdout)
    model = RandomForestRegressor(n_estimators=300).fit(frame.drop(columns="units"), frame["units"])
    with open(CANDIDATE_PATH, "wb") as out:
        pickle.dump(model, out)
    with open(args.model_path, "rb") as current_file:
        current = pickle.load(current_file)
    new_mae = mean_absolute_error(holdout["units"], model.predict(holdout.drop(columns="units")))
    old_mae = mean_absolute_error(holdout["units"], current.predict(holdout.drop(columns="units")))
    if new_mae >= old_mae:
        raise SystemExit(f"candidate MAE {new_mae:.2f} is no better than {old_mae:.2f}; keeping the served model")
    with open(args.model_path, "wb") as out:
        pickle.dump(model, out)


if __name__ == "__main__":
    main()
