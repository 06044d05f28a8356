"""Ranking API: scores candidate documents for a query."""

import numpy as np
import torch
from fastapi import FastAPI

from ranking.models import load_query_tower, load_ranker

app = FastAPI(title="search-ranking")
ranker = load_ranker("artifacts/ranker.json")
tower = load_query_tower("artifacts/query_tower.pt", vocab_size=50_000)
tower.eval()


@app.post("/rank")
def rank(payload: dict) -> dict:
    with torch.no_grad():
        query = tower(torch.tensor(payload["tokens"]), torch.tensor([0])).numpy()
    features = np.hstack([np.repeat(query, len(payload["candidates"]), axis=0), np.asarray(payload["candidates"])])
    order = np.argsort(-ranker.predict(features))
    return {"order": order.tolist()}
