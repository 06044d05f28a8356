import joblib
import pandas as pd
from fastapi import FastAPI

app = FastAPI()
model = joblib.load("models/boosted_model.pkl")


@app.post("/forecast")
def forecast(rows: list[dict]) -> list[float]:
    return model.predict(pd.DataFrame(rows)).tolist()
