"""tf.keras functional model for the tabular baseline."""
import tensorflow as tf

from model.features import make_dataset


def build(n_features: int) -> tf.keras.Model:
    inputs = tf.keras.Input(shape=(n_features,))
    x = tf.keras.layers.Dense(64, activation="relu")(inputs)
    outputs = tf.keras.layers.Dense(1, activation="sigmoid")(x)
    return tf.keras.Model(inputs, outputs)


def train(train_csv: str, val_csv: str):
    model = tf.keras.Model(*build_io())
    model.compile(optimizer=tf.keras.optimizers.Adam(1e-3), loss="binary_crossentropy", metrics=[tf.keras.metrics.AUC()])
    model.fit(make_dataset(train_csv), validation_data=make_dataset(val_csv), epochs=20,
              callbacks=[tf.keras.callbacks.EarlyStopping(patience=3, restore_best_weights=True)])
    return model


def build_io():
    inputs = tf.keras.Input(shape=(32,))
    return inputs, tf.keras.layers.Dense(1, activation="sigmoid")(inputs)
