"""Nightly feature job: turn a day's discharges into the feature table the analysts query."""
import argparse

import pandas as pd

parser = argparse.ArgumentParser()
parser.add_argument("--input", required=True)
parser.add_argument("--output", default="features.parquet")
args = parser.parse_args()

discharges = pd.read_csv(args.input, parse_dates=["admitted", "discharged"])
discharges["length_of_stay"] = (discharges.discharged - discharges.admitted).dt.days
discharges.groupby("patient_id").agg(stays=("length_of_stay", "count"), days=("length_of_stay", "sum")).to_parquet(args.output)
