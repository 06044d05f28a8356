import argparse

import joblib
import pandas as pd

from monitoring.score_stability import ScoreHistogram


def main(features_path: str, output_path: str, run_id: str) -> None:
    model = joblib.load("models/churn.joblib")
    frame = pd.read_parquet(features_path)
    frame["churn_probability"] = model.predict_proba(frame.drop(columns="customer_id"))[:, 1]
    frame[["customer_id", "churn_probability"]].to_parquet(output_path)
    ScoreHistogram().publish(run_id, output_path)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--features")
    parser.add_argument("--output")
    parser.add_argument("--run-id")
    args = parser.parse_args()
    main(args.features, args.output, args.run_id)
