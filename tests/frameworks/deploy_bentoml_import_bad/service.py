import bentoml
import numpy as np


@bentoml.service
class WineClassifier:
    model_ref = bentoml.models.get("wine_classifier:latest")

    def __init__(self) -> None:
        self.model = bentoml.mlflow.load_model(self.model_ref)

    @bentoml.api
    def classify(self, features: np.ndarray) -> np.ndarray:
        return self.model.predict(features)
