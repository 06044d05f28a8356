"""Keras 3 Sequential classifier, straight from the getting-started guide."""
import keras
from keras import layers


def train(x_train, y_train, x_val, y_val):
    model = keras.Sequential([
        keras.Input(shape=(28, 28, 1)),
        layers.Conv2D(32, kernel_size=(3, 3), activation="relu"),
        layers.MaxPooling2D(pool_size=(2, 2)),
        layers.Flatten(),
        layers.Dropout(0.5),
        layers.Dense(10, activation="softmax"),
    ])
    model.compile(loss="sparse_categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
    model.fit(x_train, y_train, batch_size=128, epochs=15, validation_data=(x_val, y_val))
    model.save("artifacts/digits.keras")
    return model
