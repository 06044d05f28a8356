import json
import os

import joblib
import pandas as pd

model = None


def init():
    global model
    model = joblib.load(os.path.join(os.environ["AZUREML_MODEL_DIR"], "model.joblib"))


def run(raw_data: str) -> list[float]:
    rows = pd.DataFrame(json.loads(raw_data)["data"])
    return model.predict_proba(rows)[:, 1].tolist()
