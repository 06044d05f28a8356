from bottle import Bottle, request

from sentiment.store import score

app = Bottle()


@app.post("/predict")
def predict():
    return {"scores": score(request.json["texts"])}
