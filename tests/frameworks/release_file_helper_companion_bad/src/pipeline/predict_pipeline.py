"""Inference for the form: load the preprocessor and the model, transform, predict."""
import pandas as pd

from src.utils import load_object


class PredictPipeline:
    def predict(self, rows: list[dict]):
        preprocessor = load_object("artifacts/preprocessor.pkl")
        model = load_object("artifacts/model.pkl")
        return model.predict(preprocessor.transform(pd.DataFrame(rows)))
