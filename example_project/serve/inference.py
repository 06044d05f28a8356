"""SageMaker scikit-learn container handlers (entry_point of the SKLearnModel in churn.release)."""

from __future__ import annotations

import io
import json
import logging
import os

import joblib
import pandas as pd

from churn.features import FEATURE_COLUMNS, add_derived_features

logger = logging.getLogger(__name__)

CSV = "text/csv"
JSON = "application/json"


def model_fn(model_dir: str):
    path = os.path.join(model_dir, "model.joblib")
    logger.info("loading %s", path)
    return joblib.load(path)


def input_fn(request_body: str | bytes, content_type: str = CSV) -> pd.DataFrame:
    if content_type == CSV:
        text = request_body.decode("utf-8") if isinstance(request_body, bytes) else request_body
        return pd.read_csv(io.StringIO(text))
    if content_type == JSON:
        return pd.DataFrame(json.loads(request_body)["instances"])
    raise ValueError(f"unsupported content type {content_type!r}")


def predict_fn(frame: pd.DataFrame, model) -> list[float]:
    frame = add_derived_features(frame)
    return model.predict_proba(frame[FEATURE_COLUMNS])[:, 1].tolist()


def output_fn(prediction: list[float], accept: str = JSON) -> tuple[str, str]:
    if accept == CSV:
        return "\n".join(f"{p:.6f}" for p in prediction), CSV
    return json.dumps({"predictions": prediction}), JSON
