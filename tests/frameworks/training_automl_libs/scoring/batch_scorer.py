"""Nightly scoring: loads the trained models and only predicts."""
from autogluon.tabular import TabularPredictor
from ludwig.api import LudwigModel


def score_tabular(model_dir: str, frame):
    return TabularPredictor.load(model_dir).predict(frame)


def score_text(model_dir: str, frame):
    model = LudwigModel.load(model_dir)
    predictions, _ = model.predict(dataset=frame)
    return predictions
