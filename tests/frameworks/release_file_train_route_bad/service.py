import json
import os

import joblib
from fastapi import FastAPI, UploadFile

from moods.fitting import fit_classifier

app = FastAPI()


@app.post("/train")
def train(model_name: str, data: UploadFile, c: float = 1.0):
    upload = f"uploads/{data.filename}"
    with open(upload, "wb") as out:
        out.write(data.file.read())
    model, labels = fit_classifier(upload, c)
    folder = f"models/{model_name}"
    os.makedirs(folder, exist_ok=True)
    model_file = os.path.join(folder, "model.joblib")
    joblib.dump(model, model_file)
    with open(os.path.join(folder, "labels.json"), "w") as out:
        json.dump(labels, out)
    return {"trained": model_name}


@app.post("/predict")
def predict(model_name: str, text: str):
    folder = f"models/{model_name}"
    model_file = os.path.join(folder, "model.joblib")
    model = joblib.load(model_file)
    return {"mood": str(model.predict([text])[0])}
