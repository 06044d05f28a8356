import joblib
import numpy as np
import pandas as pd
from google.cloud.aiplatform.prediction.predictor import Predictor
from google.cloud.aiplatform.utils import prediction_utils

from trainer.task import COLUMNS


class PurchasePredictor(Predictor):
    def load(self, artifacts_uri: str) -> None:
        prediction_utils.download_model_artifacts(artifacts_uri)
        self._model = joblib.load("model.joblib")

    def preprocess(self, prediction_input: dict) -> pd.DataFrame:
        return pd.DataFrame(prediction_input["instances"], columns=COLUMNS)

    def predict(self, instances: pd.DataFrame) -> np.ndarray:
        return self._model.predict_proba(instances)[:, 1]

    def postprocess(self, prediction_results: np.ndarray) -> dict:
        return {"predictions": prediction_results.tolist()}
