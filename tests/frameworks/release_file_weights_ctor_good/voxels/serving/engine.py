import tensorflow as tf


class Engine:
    def __init__(self, checkpoint_file):
        self.checkpoint_file = checkpoint_file
        self.model = None

    def load(self):
        self.model = tf.keras.Sequential([tf.keras.layers.Dense(64, activation="relu"), tf.keras.layers.Dense(32)])
        self.model.load_weights(self.checkpoint_file)
        return self

    def encode(self, grid):
        return self.model.predict(grid)
