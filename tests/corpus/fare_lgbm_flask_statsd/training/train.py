"""Train the fare model. python -m training.train data/trips.parquet"""

import pickle
import sys

import lightgbm as lgb
import numpy as np
import pandas as pd
from scipy.stats import ks_2samp
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split

FEATURES = ["distance_km", "duration_min", "pickup_hour", "surge"]


def main(path: str) -> None:
    trips = pd.read_parquet(path)
    X_train, X_test, y_train, y_test = train_test_split(trips[FEATURES], trips["fare"], test_size=0.2, random_state=7)
    model = lgb.LGBMRegressor(n_estimators=600, learning_rate=0.05)
    model.fit(X_train, y_train, eval_set=[(X_test, y_test)])
    predictions = model.predict(X_test)
    high = np.asarray(y_test) > np.median(y_test)
    separation = ks_2samp(predictions[high], predictions[~high]).statistic
    print({"mae": mean_absolute_error(y_test, predictions), "ks_high_low": separation})
    with open("model.pkl", "wb") as fh:
        pickle.dump(model, fh)


if __name__ == "__main__":
    main(sys.argv[1])
