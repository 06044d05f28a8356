"""A project model class that wraps Ludwig behind its own fit/predict; the Ludwig model
lives in an attribute built by a factory method, so its type is not visible at the call."""
import pandas as pd
from ludwig.api import LudwigModel


class ChurnLudwig:
    def __init__(self, definition: dict) -> None:
        self.definition = definition
        self.engine = None

    def build(self):
        return LudwigModel(self.definition)

    def fit(self, frame_train: pd.DataFrame, frame_valid: pd.DataFrame) -> None:
        self.engine = self.build()
        self.engine.train(training_set=frame_train, validation_set=frame_valid)

    def predict(self, frame: pd.DataFrame) -> pd.DataFrame:
        predictions, _ = self.engine.predict(frame)
        return predictions
