import io
import json
import os

import joblib
import pandas as pd

from train import prepare


def model_fn(model_dir):
    return joblib.load(os.path.join(model_dir, "model.joblib"))


def transform_fn(model, request_body, content_type, accept):
    if content_type != "text/csv":
        raise ValueError(f"unsupported content type {content_type}")
    frame = prepare(pd.read_csv(io.StringIO(request_body)))
    return json.dumps(model.predict(frame).tolist()), accept
