import argparse
import os

import joblib
import pandas as pd
from xgboost import XGBClassifier

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", default=os.environ.get("SM_CHANNEL_TRAIN", "/opt/ml/input/data/train"))
    args = parser.parse_args()
    frame = pd.read_csv(f"{args.train}/train.csv")
    model = XGBClassifier(n_estimators=300).fit(frame.drop(columns=["churn"]), frame["churn"])
    joblib.dump(model, os.path.join(os.environ.get("SM_MODEL_DIR", "/opt/ml/model"), "model.joblib"))
