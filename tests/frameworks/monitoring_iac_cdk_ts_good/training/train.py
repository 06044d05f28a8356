"""SageMaker training job entry point: fits the demand model and writes it to SM_MODEL_DIR."""
import os

import joblib
import pandas as pd
from sklearn.ensemble import RandomForestRegressor

if __name__ == "__main__":
    train = pd.read_csv(os.path.join(os.environ["SM_CHANNEL_TRAIN"], "train.csv"))
    model = RandomForestRegressor(n_estimators=300).fit(train.drop(columns="units"), train["units"])
    joblib.dump(model, os.path.join(os.environ["SM_MODEL_DIR"], "model.joblib"))
