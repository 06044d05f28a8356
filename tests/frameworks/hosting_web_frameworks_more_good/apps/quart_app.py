from quart import Quart, request

from sentiment.store import score

app = Quart(__name__)


@app.post("/predict")
async def predict():
    body = await request.get_json()
    return {"scores": score(body["texts"])}
