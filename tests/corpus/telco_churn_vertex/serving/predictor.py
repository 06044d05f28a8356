"""Custom prediction routine for the churn model (Vertex AI CPR).

Built with:
    LocalModel.build_cpr_model("serving", IMAGE_URI, predictor=ChurnPredictor, requirements_path="serving/requirements.txt")
"""
from __future__ import annotations

import os

import numpy as np
import pandas as pd
import xgboost as xgb
from google.cloud.aiplatform.prediction.predictor import Predictor
from google.cloud.aiplatform.utils import prediction_utils

from churn.features import FEATURES, prepare


class ChurnPredictor(Predictor):
    def __init__(self) -> None:
        self._booster: xgb.Booster | None = None

    def load(self, artifacts_uri: str) -> None:
        prediction_utils.download_model_artifacts(artifacts_uri)
        self._booster = xgb.Booster()
        self._booster.load_model(os.path.join(os.getcwd(), "model.bst"))

    def preprocess(self, prediction_input: dict) -> xgb.DMatrix:
        frame = pd.DataFrame(prediction_input["instances"], columns=FEATURES)
        return xgb.DMatrix(prepare(frame), enable_categorical=True)

    def predict(self, instances: xgb.DMatrix) -> np.ndarray:
        return self._booster.predict(instances)

    def postprocess(self, prediction_results: np.ndarray) -> dict:
        return {"predictions": [{"churn_probability": float(p)} for p in prediction_results]}
