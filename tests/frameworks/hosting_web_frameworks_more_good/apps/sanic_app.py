from sanic import Sanic
from sanic.response import json

from sentiment.store import score

app = Sanic("sentiment")


@app.post("/predict")
async def predict(request):
    return json({"scores": score(request.json["texts"])})
