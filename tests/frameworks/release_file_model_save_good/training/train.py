"""Train the sentiment model; replace the served one only when it is at least as accurate."""
import tensorflow as tf

from training.data import load_reviews

SERVED = "models/sentiment.keras"


def main() -> None:
    (x_train, y_train), (x_val, y_val) = load_reviews()
    encoder = tf.keras.layers.TextVectorization(max_tokens=20000, output_sequence_length=200)
    encoder.adapt(x_train)
    model = tf.keras.Sequential([encoder, tf.keras.layers.Embedding(20000, 64), tf.keras.layers.GlobalAveragePooling1D(), tf.keras.layers.Dense(1, activation="sigmoid")])
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
    model.fit(x_train, y_train, validation_data=(x_val, y_val), epochs=5)
    new_accuracy = model.evaluate(x_val, y_val)[1]
    served_accuracy = tf.keras.models.load_model(SERVED).evaluate(x_val, y_val)[1]
    if new_accuracy < served_accuracy:
        model.save("models/candidates/sentiment.keras")
        return
    model.save(SERVED)


if __name__ == "__main__":
    main()
