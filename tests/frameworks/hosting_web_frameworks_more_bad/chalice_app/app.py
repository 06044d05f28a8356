import joblib
from chalice import Chalice

from sentiment.model import normalise

app = Chalice(app_name="sentiment-api")
model = joblib.load("chalicelib/sentiment.joblib")


@app.route("/predict", methods=["POST"])
def predict():
    texts = [normalise(t) for t in app.current_request.json_body["texts"]]
    return {"scores": model.predict_proba(texts)[:, 1].tolist()}
