import os
from dataclasses import dataclass

import numpy as np
from tensorflow.keras.callbacks import EarlyStopping, ModelCheckpoint
from tensorflow.keras.layers import LSTM, Dense, RepeatVector, TimeDistributed
from tensorflow.keras.models import Sequential


@dataclass
class TrainerPaths:
    model_file: str = os.path.join("artifacts", "vibration_autoencoder.keras")


class AutoencoderTrainer:
    def __init__(self) -> None:
        self.paths = TrainerPaths()

    def callbacks(self) -> list:
        stop = EarlyStopping(monitor="val_loss", patience=4, restore_best_weights=True)
        keep_best = ModelCheckpoint(filepath=self.paths.model_file, monitor="val_loss", save_best_only=True)
        return [stop, keep_best]

    def train(self, windows: np.ndarray, validation: np.ndarray) -> None:
        steps, channels = windows.shape[1], windows.shape[2]
        net = Sequential([LSTM(64, input_shape=(steps, channels)), RepeatVector(steps), LSTM(64, return_sequences=True), TimeDistributed(Dense(channels))])
        net.compile(optimizer="adam", loss="mse")
        net.fit(windows, windows, epochs=40, batch_size=64, validation_data=(validation, validation), callbacks=self.callbacks())
