"""Scores yesterday's claims with the saved fraud model and writes the scores for the review queue."""
import argparse
import json

import joblib

from fraud_model import FraudModel


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True)
    parser.add_argument("--claims", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--settings", default="settings.json")
    args = parser.parse_args()
    with open(args.settings) as fh:
        settings = json.load(fh)
    fitted = joblib.load(args.model)
    scorer = FraudModel(settings, estimator=fitted)
    scorer.read_claims(args.claims)
    scorer.write_predictions(args.out)


if __name__ == "__main__":
    main()
