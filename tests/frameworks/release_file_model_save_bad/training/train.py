"""Train the sentiment model and overwrite the one the app serves."""
import tensorflow as tf

from training.data import load_reviews


def main() -> None:
    (x_train, y_train), (x_val, y_val) = load_reviews()
    encoder = tf.keras.layers.TextVectorization(max_tokens=20000, output_sequence_length=200)
    encoder.adapt(x_train)
    model = tf.keras.Sequential([encoder, tf.keras.layers.Embedding(20000, 64), tf.keras.layers.GlobalAveragePooling1D(), tf.keras.layers.Dense(1, activation="sigmoid")])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    model.fit(x_train, y_train, validation_data=(x_val, y_val), epochs=5)
    print("val accuracy", model.evaluate(x_val, y_val)[1])
    model.save("models/sentiment.keras")


if __name__ == "__main__":
    main()
