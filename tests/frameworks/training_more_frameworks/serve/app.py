"""Ticket router service: loads the saved fastText model and the word vectors, trains nothing."""
import fasttext
import tensorflow as tf
from fastapi import FastAPI
from gensim.models import KeyedVectors

app = FastAPI()
router = fasttext.load_model("artifacts/router.bin")
vectors = KeyedVectors.load("artifacts/vectors.kv")
encoder = tf.keras.models.load_model("artifacts/encoder.keras")
encoder.compile(optimizer=tf.keras.optimizers.Adam(), loss="mse")


@app.post("/route")
def route(ticket: dict) -> dict:
    labels, scores = router.predict(ticket["text"])
    return {"queue": labels[0], "score": float(scores[0])}
