"""Score a day's discharges for readmission risk: the container the scheduler runs nightly."""
import argparse
import pickle

import pandas as pd

parser = argparse.ArgumentParser()
parser.add_argument("--input", required=True)
parser.add_argument("--output", default="risk_scores.csv")
args = parser.parse_args()

with open("model.pkl", "rb") as handle:
    model = pickle.load(handle)

discharges = pd.read_csv(args.input)
discharges["readmission_risk"] = model.predict_proba(discharges.drop(columns=["patient_id"]))[:, 1]
discharges[["patient_id", "readmission_risk"]].to_csv(args.output, index=False)
