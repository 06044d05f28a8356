from chalice import Chalice

from sentiment.store import score

app = Chalice(app_name="sentiment")


@app.route("/predict", methods=["POST"])
def predict():
    return {"scores": score(app.current_request.json_body["texts"])}
