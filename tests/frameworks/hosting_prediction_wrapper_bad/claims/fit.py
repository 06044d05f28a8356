"""Nightly refit of the fraud model on the labelled claims."""
import argparse
import json

from fraud_model import FraudModel

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", required=True)
    parser.add_argument("--settings", default="settings.json")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    with open(args.settings) as fh:
        model = FraudModel(json.load(fh))
    model.read_claims(args.claims)
    model.fit_estimator()
    model.save(args.out)
