"""SageMaker script-mode entry point: python train.py --n-estimators 300"""
import argparse
import os

import joblib
import pandas as pd
from sklearn.ensemble import RandomForestRegressor

TARGET = "price"


def prepare(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["age"] = 2024 - df.pop("year_built")
    return df


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--n-estimators", type=int, default=300)
    parser.add_argument("--model-dir", default=os.environ.get("SM_MODEL_DIR"))
    parser.add_argument("--train", default=os.environ.get("SM_CHANNEL_TRAIN"))
    args = parser.parse_args()
    df = prepare(pd.read_csv(os.path.join(args.train, "train.csv")))
    model = RandomForestRegressor(n_estimators=args.n_estimators, n_jobs=-1)
    model.fit(df.drop(columns=TARGET), df[TARGET])
    joblib.dump(model, os.path.join(args.model_dir, "model.joblib"))
