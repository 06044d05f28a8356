import os
import pickle

import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor

from features import encode


def main() -> None:
    frame = pd.read_csv(os.environ["TRAIN_DATA_PATH"])
    features = encode(frame)
    model = HistGradientBoostingRegressor(max_iter=300, learning_rate=0.05)
    model.fit(features, frame["rings"])
    with open(os.environ["OUTPUT_MODEL_PATH"], "wb") as handle:
        pickle.dump(model, handle)


if __name__ == "__main__":
    main()
