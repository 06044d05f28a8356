"""Everything the service does with the model; the model is read once, when this is imported."""
import pandas as pd

from churn.model import ChurnModel

model = ChurnModel.load("artifacts/churn_model")


def predict_one(payload: dict) -> float:
    return float(model.predict(pd.DataFrame([payload]))[0])
