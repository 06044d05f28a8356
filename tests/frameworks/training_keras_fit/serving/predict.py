"""Loads the saved model and predicts; evaluate() on a holdout for the report."""
import numpy as np
import tensorflow as tf

MODEL = tf.keras.models.load_model("artifacts/digits.keras")


def predict(batch: np.ndarray) -> np.ndarray:
    return MODEL.predict(batch, verbose=0).argmax(axis=1)


def holdout_accuracy(x, y) -> float:
    _, accuracy = MODEL.evaluate(x, y, verbose=0)
    return accuracy
