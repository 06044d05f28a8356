import os
import pickle

import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor

FEATURES = ["length", "diameter", "height", "whole_weight", "shell_weight"]


def encode(rows: pd.DataFrame) -> pd.DataFrame:
    return rows[FEATURES].astype(float)


def main() -> None:
    frame = pd.read_csv(os.environ["TRAIN_DATA_PATH"])
    model = HistGradientBoostingRegressor(max_iter=300, learning_rate=0.05)
    model.fit(encode(frame), frame["rings"])
    with open(os.environ["OUTPUT_MODEL_PATH"], "wb") as handle:
        pickle.dump(model, handle)


if __name__ == "__main__":
    main()
