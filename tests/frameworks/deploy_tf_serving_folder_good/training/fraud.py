"""Train the fraud scorer; export it for the fraud server image only when its validation
RMSE beats the model in service."""
import os

import tensorflow as tf

VERSION = os.environ.get("MODEL_VERSION", "1")


def main(train_ds, val_ds, serving_rmse: float) -> None:
    model = tf.keras.Sequential([tf.keras.layers.Dense(64, activation="relu"), tf.keras.layers.Dense(1)])
    model.compile(optimizer="adam", loss="mse", metrics=[tf.keras.metrics.RootMeanSquaredError()])
    model.fit(train_ds, epochs=5)
    _, val_rmse = model.evaluate(val_ds)
    if val_rmse < serving_rmse:
        model.export(os.path.join("export", "fraud", VERSION))
    # a copy kept for offline analysis is not served: no container gets this folder
    model.export(os.path.join("analysis", "fraud", VERSION))
