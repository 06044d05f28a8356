"""Pickle helpers shared by the trainer and the prediction pipeline."""

import os
import pickle
from typing import Any


def save_object(file_path: str, obj: Any) -> None:
    os.makedirs(os.path.dirname(file_path), exist_ok=True)
    with open(file_path, "wb") as stream:
        pickle.dump(obj, stream)


def load_object(file_path: str) -> Any:
    with open(file_path, "rb") as stream:
        return pickle.load(stream)
