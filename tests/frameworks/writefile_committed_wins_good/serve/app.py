import joblib
from fastapi import FastAPI

app = FastAPI()
model = joblib.load("artifacts/sentiment.joblib")


@app.post("/predict")
def predict(text: str) -> dict:
    return {"label": int(model.predict([text])[0])}
