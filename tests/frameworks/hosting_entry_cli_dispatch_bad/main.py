"""One image, two commands: `main.py train` refits the model, `main.py serve` (the default) serves it."""
import argparse

import joblib
import pandas as pd
import uvicorn
from sklearn.ensemble import RandomForestClassifier


def train(data: str) -> None:
    frame = pd.read_parquet(data)
    model = RandomForestClassifier(n_estimators=200).fit(frame.drop(columns="label"), frame["label"])
    joblib.dump(model, "model.joblib")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["train", "serve"])
    parser.add_argument("--data", default="data/train.parquet")
    args = parser.parse_args()
    if args.command == "train":
        train(args.data)
    else:
        uvicorn.run("api:app", host="0.0.0.0", port=8080)
