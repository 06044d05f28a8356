import bentoml
import numpy as np


@bentoml.service
class IrisClassifier:
    model_ref = bentoml.models.get("iris_clf:latest")

    def __init__(self) -> None:
        self.model = bentoml.sklearn.load_model(self.model_ref)

    @bentoml.api
    def classify(self, features: np.ndarray) -> np.ndarray:
        return self.model.predict(features)
