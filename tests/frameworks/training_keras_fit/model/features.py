"""tf.data input pipeline: TensorFlow imported, nothing trained."""
import tensorflow as tf


def make_dataset(path: str, batch_size: int = 256) -> tf.data.Dataset:
    ds = tf.data.experimental.make_csv_dataset(path, batch_size=batch_size, label_name="label", num_epochs=1)
    return ds.map(lambda features, label: (tf.stack(list(features.values()), axis=1), label)).prefetch(tf.data.AUTOTUNE)
