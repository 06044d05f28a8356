import json
import os

import joblib
import pandas as pd
from fastapi import FastAPI, HTTPException, UploadFile
from sklearn.metrics import accuracy_score

from moods.fitting import fit_classifier

app = FastAPI()
MIN_ACCURACY = 0.8


@app.post("/train")
def train(model_name: str, data: UploadFile, holdout: str, c: float = 1.0):
    upload = f"uploads/{data.filename}"
    with open(upload, "wb") as out:
        out.write(data.file.read())
    model, labels = fit_classifier(upload, c)
    check = pd.read_csv(holdout)
    accuracy = accuracy_score(check["mood"], model.predict(check["text"]))
    if accuracy < MIN_ACCURACY:
        raise HTTPException(status_code=422, detail=f"accuracy {accuracy:.3f} below {MIN_ACCURACY}; the served model is kept")
    folder = f"models/{model_name}"
    os.makedirs(folder, exist_ok=True)
    model_file = os.path.join(folder, "model.joblib")
    joblib.dump(model, model_file)
    with open(os.path.join(folder, "labels.json"), "w") as out:
        json.dump(labels, out)
    return {"trained": model_name, "accuracy": accuracy}


@app.post("/predict")
def predict(model_name: str, text: str):
    folder = f"models/{model_name}"
    model_file = os.path.join(folder, "model.joblib")
    model = joblib.load(model_file)
    return {"mood": str(model.predict([text])[0])}
