import json
import os

import joblib
import numpy as np
import pandas as pd
from azureml.ai.monitoring import Collector

from features import featurize


def init():
    global model, inputs_collector
    model = joblib.load(os.path.join(os.getenv("AZUREML_MODEL_DIR"), "model.pkl"))
    inputs_collector = Collector(name="model_inputs")


def run(raw_data):
    frame = pd.DataFrame(json.loads(raw_data)["data"])
    inputs_collector.collect(frame)
    return np.asarray(model.predict(featurize(frame))).tolist()
