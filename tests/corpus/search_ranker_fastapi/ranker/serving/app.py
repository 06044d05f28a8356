from __future__ import annotations

import os
from typing import TYPE_CHECKING

import numpy as np
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from ranker.metrics import ndcg_at_10
from ranker.tensors import masked_softmax, pad_candidates

if TYPE_CHECKING:
    from ranker.training.lit import RankerModule

app = FastAPI(title="search-ranker")
_model = None


class RankRequest(BaseModel):
    query_id: str
    features: list[list[float]]
    relevance: list[float] | None = None


def _load():
    global _model
    if _model is None:
        from ranker.serving.scripted import load_scripted

        _model = load_scripted(os.environ.get("RANKER_PATH", "/models/ranker.pt"))
    return _model


@app.post("/rank")
def rank(req: RankRequest) -> dict:
    if not req.features:
        raise HTTPException(status_code=400, detail="no candidates")
    x, mask = pad_candidates(req.features)
    scores = masked_softmax(_load()(x.unsqueeze(0)).squeeze(0), mask)[: len(req.features)]
    order = scores.argsort(descending=True).tolist()
    out: dict = {"query_id": req.query_id, "order": order}
    if req.relevance is not None:
        out["ndcg@10"] = ndcg_at_10(np.asarray([req.relevance]), np.asarray([scores.tolist()]))
    return out


def describe(module: RankerModule) -> str:
    return type(module).__name__
