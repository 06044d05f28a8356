"""Fits the denoiser and writes its weights."""
import numpy as np
from tensorflow import keras

from autoencoder import Denoiser

images = np.load("digits.npy").astype("float32")
denoiser = Denoiser()
denoiser.compile(optimizer=keras.optimizers.Adam(1e-3))
stop = keras.callbacks.EarlyStopping(monitor="loss", patience=2)
denoiser.fit(images + np.random.normal(0, 0.1, images.shape).astype("float32"), images, epochs=10, callbacks=[stop])
denoiser.save_weights("denoiser.weights.h5")
