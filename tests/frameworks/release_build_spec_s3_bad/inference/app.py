"""Lambda function scoring listings with the model the image build copied in."""
import joblib
import pandas as pd

model = joblib.load("price_model.joblib")


def handler(event, context):
    return {"prices": model.predict(pd.DataFrame(event["listings"])).tolist()}
