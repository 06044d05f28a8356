"""Scores yesterday's claims with the saved fraud model and writes the scores for the review queue."""
import argparse

import joblib

from scoring import FraudScorer


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", required=True)
    parser.add_argument("--claims", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    scorer = FraudScorer(joblib.load(args.model))
    scorer.read_claims(args.claims)
    scorer.write_predictions(args.out)


if __name__ == "__main__":
    main()
