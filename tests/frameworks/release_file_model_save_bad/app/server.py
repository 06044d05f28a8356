"""Flask app serving the sentiment model the training job saved."""
import tensorflow as tf
from flask import Flask, jsonify, request

app = Flask(__name__)
model = tf.keras.models.load_model("models/sentiment.keras")


@app.post("/predict")
def predict():
    texts = request.get_json()["texts"]
    scores = model.predict(tf.constant(texts)).ravel().tolist()
    return jsonify({"positive": scores})
