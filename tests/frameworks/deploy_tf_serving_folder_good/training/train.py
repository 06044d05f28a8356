"""Train the churn network and hand it to TF Serving as the next numbered version, but only
when it clears the validation accuracy bar: TF Serving serves every version written here."""
import time

import tensorflow as tf

EXPORT_BASE = "serving/models/churn"
MIN_ACCURACY = 0.87


def build() -> tf.keras.Model:
    model = tf.keras.Sequential([tf.keras.layers.Dense(32, activation="relu"), tf.keras.layers.Dense(1, activation="sigmoid")])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    return model


def main(train_ds, val_ds) -> None:
    model = build()
    model.fit(train_ds, validation_data=val_ds, epochs=12)
    _, val_accuracy = model.evaluate(val_ds)
    if val_accuracy < MIN_ACCURACY:
        raise SystemExit(f"validation accuracy {val_accuracy:.3f} below {MIN_ACCURACY}: not exporting")
    version = int(time.time())
    tf.saved_model.save(model, f"{EXPORT_BASE}/{version}")
