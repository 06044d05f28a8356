"""Fits the sentiment model and exports a SavedModel for TensorFlow Serving."""
import numpy as np
from tensorflow import keras

features = np.load("features.npy") / 255.0
labels = np.load("labels.npy")
model = keras.Sequential([keras.layers.Dense(32, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="adam", loss="binary_crossentropy")
model.fit(features, labels, epochs=4)
model.export("export/sentiment/1")
