"""Lambda handler scoring churn with the model baked into the image."""
import joblib
import pandas as pd

model = joblib.load("./churn-gbm")


def lambda_handler(event, context):
    frame = pd.json_normalize(event["customers"])
    return {"churn": model.predict(frame).tolist()}
