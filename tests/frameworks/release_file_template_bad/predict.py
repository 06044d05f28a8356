"""Flask app serving churn probabilities with the saved vectoriser and model."""
import pickle

from flask import Flask, jsonify, request

model_file = "churn_C=1.0.bin"
with open(model_file, "rb") as f_in:
    vectorizer, model = pickle.load(f_in)

app = Flask("churn")


@app.route("/predict", methods=["POST"])
def predict():
    customer = request.get_json()
    probability = model.predict_proba(vectorizer.transform([customer]))[0, 1]
    return jsonify({"churn_probability": float(probability)})
