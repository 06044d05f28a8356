import joblib

from shared.pricing import frame


class Model:
    def __init__(self, **kwargs):
        self._data_dir = kwargs["data_dir"]

    def load(self):
        self._model = joblib.load(f"{self._data_dir}/price.joblib")

    def predict(self, model_input: dict) -> dict:
        return {"prices": self._model.predict(frame(model_input["homes"])).tolist()}
