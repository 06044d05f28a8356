import mlflow
import pandas as pd
from flask import Flask, jsonify, request

app = Flask(__name__)
model = mlflow.pyfunc.load_model("models:/churn-classifier@production")


@app.post("/predict")
def predict():
    frame = pd.DataFrame([request.get_json()])
    return jsonify(churn=int(model.predict(frame)[0]))
