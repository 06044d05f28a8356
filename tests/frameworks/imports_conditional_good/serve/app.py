"""Scoring API: typing-only and optional imports never pull training code in at runtime."""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

import joblib
from fastapi import FastAPI

try:
    import orjson as json
except ImportError:
    import json

if TYPE_CHECKING:
    from training.train import Trainer

app = FastAPI()
model = joblib.load("model.joblib")


def load_plugin(name: str):
    return importlib.import_module(f"plugins.{name}")


def describe(trainer: Trainer) -> str:
    return json.dumps({"trainer": type(trainer).__name__})
