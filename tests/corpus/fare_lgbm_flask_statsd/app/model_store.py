import os
import pickle
from functools import lru_cache

MODEL_PATH = os.environ.get("FARE_MODEL_PATH", "/opt/models/fare/model.pkl")


@lru_cache(maxsize=1)
def get_model():
    with open(MODEL_PATH, "rb") as fh:
        return pickle.load(fh)
