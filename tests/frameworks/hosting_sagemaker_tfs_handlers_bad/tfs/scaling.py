"""Pixel scaling shared by training and serving; refits the model when run (the flaw)."""
import numpy as np
from tensorflow import keras


def scale(row):
    return [float(v) / 255.0 for v in row]


def refit(features, labels):
    model = keras.Sequential([keras.layers.Dense(32, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
    model.compile(optimizer="adam", loss="binary_crossentropy")
    model.fit(np.asarray([scale(r) for r in features]), labels, epochs=4)
    return model
