"""Experiment: fit a candidate on one month and, with --predict, also label the next month."""
import argparse

import pandas as pd
from sklearn.ensemble import RandomForestClassifier

from churn.batch import predict_rows

parser = argparse.ArgumentParser()
parser.add_argument("--month", required=True)
parser.add_argument("--predict", action="store_true", help="also label the following month")
args = parser.parse_args()

frame = pd.read_csv(f"data/{args.month}.csv")
candidate = RandomForestClassifier(n_estimators=300).fit(frame.drop(columns=["churned"]), frame["churned"])
if args.predict:
    following = pd.read_csv(f"data/{args.month}-next.csv")
    predict_rows(candidate, following).to_csv("out/next_month.csv")
