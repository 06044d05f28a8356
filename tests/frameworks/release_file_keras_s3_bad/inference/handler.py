"""Lambda handler: classifies an uploaded photo with the CNN the training job saved to S3."""
import json

import boto3
import numpy as np
import tensorflow as tf

s3 = boto3.client("s3")
s3.download_file("food-vision-models", "cnn/current/food_cnn.h5", "/tmp/food_cnn.h5")
model = tf.keras.models.load_model("/tmp/food_cnn.h5")


def handler(event, context):
    pixels = np.asarray(json.loads(event["body"])["pixels"], dtype="float32")[None, ...]
    return {"statusCode": 200, "body": json.dumps({"label": int(model.predict(pixels).argmax())})}
