from __future__ import annotations

import os
from typing import TYPE_CHECKING

from fastapi import FastAPI
from pydantic import BaseModel

from sentiment import SentimentClassifier

if TYPE_CHECKING:
    from sentiment.training import TrainConfig

app = FastAPI(title="review-sentiment")
classifier = SentimentClassifier(os.environ.get("MODEL_DIR", "/opt/model"))


class Reviews(BaseModel):
    texts: list[str]


@app.post("/predict")
def predict(body: Reviews) -> list[dict]:
    return classifier.predict(body.texts)


def describe(cfg: TrainConfig) -> dict:
    return {"base_model": cfg.base_model}
