"""The autoencoder, and a helper that refits it (the app imports this module)."""
import tensorflow as tf
from tensorflow import keras


class Denoiser(keras.Model):
    def __init__(self, width: int = 64) -> None:
        super().__init__()
        self.encode = keras.layers.Dense(width, activation="relu")
        self.decode = keras.layers.Dense(784, activation="sigmoid")

    def call(self, inputs):
        return self.decode(self.encode(inputs))

    def train_step(self, data):
        noisy, clean = data
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean(tf.square(self(noisy, training=True) - clean))
        grads = tape.gradient(loss, self.trainable_weights)
        self.optimizer.apply_gradients(zip(grads, self.trainable_weights))
        return {"loss": loss}


def refresh(images):
    """Refits the served model on new images (imported by the app: the flaw)."""
    model = Denoiser()
    model.compile(optimizer="adam")
    model.fit(images, images, epochs=1)
    model.save_weights("denoiser.weights.h5")
    return model
