"""Train the food-photo CNN on the labelled uploads; save it to S3 for the Lambda only when it
classifies the held-out photos well enough."""
import tensorflow as tf

BUCKET = "food-vision-models"
PREFIX = "cnn/current"
MIN_ACCURACY = 0.85


def build() -> tf.keras.Model:
    model = tf.keras.Sequential([
        tf.keras.layers.Rescaling(1.0 / 255),
        tf.keras.layers.Conv2D(32, 3, activation="relu"),
        tf.keras.layers.GlobalAveragePooling2D(),
        tf.keras.layers.Dense(12, activation="softmax"),
    ])
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


def main() -> None:
    train = tf.keras.utils.image_dataset_from_directory("data/train", image_size=(160, 160))
    held_out = tf.keras.utils.image_dataset_from_directory("data/held_out", image_size=(160, 160))
    model = build()
    model.fit(train, epochs=8)
    _, accuracy = model.evaluate(held_out)
    if accuracy < MIN_ACCURACY:
        raise SystemExit(f"held-out accuracy {accuracy:.3f} < {MIN_ACCURACY}: the Lambda keeps the current CNN")
    model.save("s3://{}/{}/food_cnn.h5".format(BUCKET, PREFIX))


if __name__ == "__main__":
    main()
