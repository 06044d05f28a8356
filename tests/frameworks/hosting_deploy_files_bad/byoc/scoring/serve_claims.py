"""Bring-your-own-container scoring script started by the SageMaker serving image."""
import pickle

from retrain import to_frame


def handle(payload: bytes):
    with open("/opt/ml/model/model.pkl", "rb") as fh:
        model = pickle.load(fh)
    return model.predict(to_frame(payload))
