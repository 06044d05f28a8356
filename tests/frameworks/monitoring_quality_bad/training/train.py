"""Train the forecaster (a small Keras MLP) with early stopping on validation loss."""

import tensorflow as tf


def train(train_ds, val_ds):
    model = tf.keras.Sequential([tf.keras.layers.Dense(64, activation="relu"), tf.keras.layers.Dense(1)])
    model.compile(optimizer="adam", loss="mae")
    callbacks = [
        tf.keras.callbacks.EarlyStopping(monitor="val_loss", patience=5, restore_best_weights=True),
        tf.keras.callbacks.ModelCheckpoint("artifacts/best.keras", monitor="val_loss", save_best_only=True),
    ]
    model.fit(train_ds, validation_data=val_ds, epochs=100, callbacks=callbacks)
    return model
