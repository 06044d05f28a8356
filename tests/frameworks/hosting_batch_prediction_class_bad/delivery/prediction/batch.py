"""Scores an uploaded file of orders with the trained delivery-time model."""
import pandas as pd

from delivery.components.model_trainer import MODEL_PATH
from delivery.utils import load_object

PREPROCESSOR_PATH = "artifacts/preprocessor.pkl"


class BatchPrediction:
    def initiate_batch_prediction(self, orders: pd.DataFrame) -> pd.DataFrame:
        preprocessor = load_object(PREPROCESSOR_PATH)
        model = load_object(MODEL_PATH)
        features = preprocessor.transform(orders)
        scored = orders.copy()
        scored["minutes"] = model.predict(features)
        return scored
