"""The prediction API the serve command starts."""
import joblib
from fastapi import FastAPI

app = FastAPI()
model = joblib.load("model.joblib")


@app.post("/predict")
def predict(rows: list[dict]) -> list[int]:
    return model.predict([list(r.values()) for r in rows]).tolist()
