"""Artefact helpers shared by the training pipeline and the prediction service."""

import os
from typing import Any

import joblib


def save_object(file_path: str, obj: Any) -> None:
    os.makedirs(os.path.dirname(file_path), exist_ok=True)
    with open(file_path, "wb") as handle:
        joblib.dump(obj, handle)


def load_object(file_path: str) -> Any:
    with open(file_path, "rb") as handle:
        return joblib.load(handle)
