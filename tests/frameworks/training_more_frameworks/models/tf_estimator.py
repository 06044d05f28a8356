"""A canned TensorFlow Estimator trained on an input function."""
import tensorflow as tf


def fit_wide_model(feature_columns, input_fn, steps: int = 2000):
    classifier = tf.estimator.DNNClassifier(hidden_units=[64, 32], feature_columns=feature_columns, n_classes=2)
    classifier.train(input_fn=input_fn, steps=steps)
    return classifier
