"""Train the food-photo CNN on the labelled uploads and save it straight to S3."""
import tensorflow as tf

BUCKET = "food-vision-models"
PREFIX = "cnn/current"


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
    model = build()
    model.fit(train, epochs=8)
    model.save("s3://{}/{}/food_cnn.h5".format(BUCKET, PREFIX))


if __name__ == "__main__":
    main()
