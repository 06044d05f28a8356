import numpy as np
import pandas as pd
import whylogs as why
from google.cloud.aiplatform.prediction.sklearn.predictor import SklearnPredictor

from schema import COLUMNS


class PurchasePredictor(SklearnPredictor):
    def preprocess(self, prediction_input: dict) -> pd.DataFrame:
        frame = pd.DataFrame(prediction_input["instances"], columns=COLUMNS)
        why.log(frame)
        return frame

    def postprocess(self, prediction_results: np.ndarray) -> dict:
        return {"predictions": prediction_results.tolist()}
