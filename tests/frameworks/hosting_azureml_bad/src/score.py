import json
import logging
import os

import joblib
import numpy as np
import pandas as pd
from inference_schema.parameter_types.standard_py_parameter_type import StandardPythonParameterType
from inference_schema.schema_decorators import input_schema, output_schema

from train import featurize

SAMPLE = StandardPythonParameterType([{"temp": 21.5, "humidity": 0.4, "hour": 13}])


def init():
    global model
    model_path = os.path.join(os.getenv("AZUREML_MODEL_DIR"), "model.pkl")
    model = joblib.load(model_path)
    logging.info("model loaded from %s", model_path)


@input_schema("data", SAMPLE)
@output_schema(StandardPythonParameterType([412.0]))
def run(data):
    features = featurize(pd.DataFrame(data))
    return json.dumps(np.asarray(model.predict(features)).tolist())
