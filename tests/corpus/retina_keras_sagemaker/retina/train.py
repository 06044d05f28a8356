"""TensorFlow training script executed by the SageMaker TensorFlow estimator."""
import argparse
import json
import os

import tensorflow as tf


def build_model(num_classes: int = 5) -> tf.keras.Model:
    base = tf.keras.applications.EfficientNetB3(include_top=False, weights="imagenet", pooling="avg")
    out = tf.keras.layers.Dense(num_classes, activation="softmax")(tf.keras.layers.Dropout(0.3)(base.output))
    model = tf.keras.Model(base.input, out)
    model.compile(optimizer=tf.keras.optimizers.Adam(1e-4), loss="sparse_categorical_crossentropy",
                  metrics=["accuracy", tf.keras.metrics.AUC(name="auc", multi_label=False)])
    return model


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--epochs", type=int, default=15)
    a, _ = p.parse_known_args()
    train = tf.keras.utils.image_dataset_from_directory(os.environ["SM_CHANNEL_TRAIN"], image_size=(300, 300), batch_size=32)
    val = tf.keras.utils.image_dataset_from_directory(os.environ["SM_CHANNEL_VALIDATION"], image_size=(300, 300), batch_size=32)
    model = build_model()
    history = model.fit(train, validation_data=val, epochs=a.epochs)
    model.save(os.path.join(os.environ["SM_MODEL_DIR"], "1"))
    with open(os.path.join(os.environ["SM_OUTPUT_DATA_DIR"], "metrics.json"), "w") as fh:
        json.dump({"val_auc": max(history.history["val_auc"]), "val_accuracy": max(history.history["val_accuracy"])}, fh)
