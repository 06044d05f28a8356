"""One entry for the churn project: `python run.py --train` or `python run.py --predict tenure=12 plan=basic`."""
import argparse

import pandas as pd

from churn.scoring import ChurnScorer
from churn.training import ChurnTraining


def retrain(table: str) -> None:
    ChurnTraining(table).run()


def score_customer(fields: dict) -> None:
    scorer = ChurnScorer()
    label = scorer.predict(pd.DataFrame([fields]))[0]
    print("churns" if label == 1 else "stays")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="churn model")
    parser.add_argument("--train", action="store_true")
    parser.add_argument("--table", default="data/customers.csv")
    parser.add_argument("--predict", nargs="+", help="key=value pairs of one customer")
    args = parser.parse_args()
    if args.train:
        retrain(args.table)
    elif args.predict:
        score_customer(dict(pair.split("=", 1) for pair in args.predict))
