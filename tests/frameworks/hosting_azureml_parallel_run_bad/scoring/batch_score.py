import os

import joblib
import pandas as pd

from training.train_claims import feature_frame

model = None


def init():
    global model
    model = joblib.load(os.path.join(os.environ["AZUREML_MODEL_DIR"], "claims.joblib"))


def run(mini_batch: pd.DataFrame) -> pd.DataFrame:
    return mini_batch.assign(fraud_score=model.predict_proba(feature_frame(mini_batch))[:, 1])
