"""Fits the shape autoencoder; the checkpoint callback keeps the epoch with the lowest validation loss."""

import tensorflow as tf
from tensorflow.keras.callbacks import EarlyStopping, ModelCheckpoint


class AutoencoderTrainer:
    def __init__(self, epochs, checkpoint_file):
        self.epochs = epochs
        self.checkpoint_file = checkpoint_file

    def build(self):
        model = tf.keras.Sequential([tf.keras.layers.Dense(64, activation="relu"), tf.keras.layers.Dense(32)])
        model.compile(optimizer="adam", loss="mse")
        return model

    def callbacks(self):
        keep_best = ModelCheckpoint(filepath=self.checkpoint_file, save_weights_only=True, save_best_only=True, monitor="val_loss")
        return [keep_best, EarlyStopping(monitor="val_loss", patience=5)]

    def run(self, grids):
        model = self.build()
        model.fit(grids, grids, epochs=self.epochs, validation_split=0.2, callbacks=self.callbacks())
        return model
