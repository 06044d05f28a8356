import joblib
import pandas as pd

COLUMNS = ["sqft", "bedrooms", "bathrooms", "year_built", "zip_code"]


class Model:
    def __init__(self, **kwargs):
        self._data_dir = kwargs["data_dir"]
        self._model = None

    def load(self):
        self._model = joblib.load(f"{self._data_dir}/price.joblib")

    def predict(self, model_input: dict) -> dict:
        return {"prices": self._model.predict(pd.DataFrame(model_input["homes"])[COLUMNS]).tolist()}
