"""Score the candidate on the hold-out set; fail the step when R^2 is below the bar."""
import argparse
import os

import joblib
import pandas as pd
from sklearn.metrics import r2_score

parser = argparse.ArgumentParser()
parser.add_argument("--model-dir")
parser.add_argument("--min-r2", type=float)
args = parser.parse_args()

holdout = pd.read_parquet("features/holdout.parquet")
regressor = joblib.load(os.path.join(args.model_dir, "model.joblib"))
r2 = r2_score(holdout["price"], regressor.predict(holdout.drop(columns=["price"])))
print(f"hold-out r2={r2:.3f}")
if r2 < args.min_r2:
    raise SystemExit(f"r2 {r2:.3f} below {args.min_r2}: not registering")
