"""Train the churn network and hand it to TF Serving as the next numbered version.

The validation accuracy is printed, but nothing stops a worse model: TF Serving picks up
every new version folder under serving/models/churn as soon as it is written."""
import time

import tensorflow as tf

EXPORT_BASE = "serving/models/churn"


def build() -> tf.keras.Model:
    model = tf.keras.Sequential([tf.keras.layers.Dense(32, activation="relu"), tf.keras.layers.Dense(1, activation="sigmoid")])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    return model


def main(train_ds, val_ds) -> None:
    model = build()
    model.fit(train_ds, validation_data=val_ds, epochs=12)
    _, val_accuracy = model.evaluate(val_ds)
    print(f"validation accuracy: {val_accuracy:.3f}")
    version = int(time.time())
    tf.saved_model.save(model, f"{EXPORT_BASE}/{version}")
