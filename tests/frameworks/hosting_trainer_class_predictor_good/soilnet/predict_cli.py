"""`python -m soilnet.predict_cli --checkpoint ... --rows ...`: scores one file of readings."""
import argparse

import pandas as pd
import torch

from soilnet.models.predictor import Predictor

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--checkpoint", required=True)
    parser.add_argument("--rows", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rows = pd.read_csv(args.rows)
    features = torch.tensor(rows.drop(columns=["station"]).values, dtype=torch.float32)
    runner = Predictor.from_checkpoint(args.checkpoint, features.shape[1])
    rows["moisture"] = runner.predict(features).numpy()
    rows.to_csv(args.out, index=False)
