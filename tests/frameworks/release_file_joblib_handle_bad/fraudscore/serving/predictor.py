import pandas as pd

from fraudscore.utils import load_object

MODEL_PATH = "artifacts/fraud_forest.joblib"
ENCODER_PATH = "artifacts/merchant_encoder.joblib"


class FraudPredictor:
    def __init__(self) -> None:
        self.model = load_object(MODEL_PATH)
        self.encoder = load_object(ENCODER_PATH)

    def predict(self, frame: pd.DataFrame):
        return self.model.predict_proba(self.encoder.transform(frame[["merchant_type"]]))[:, 1]
