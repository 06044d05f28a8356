import joblib
import pandas as pd
from fastapi import FastAPI

from ops.storage import fetch_model

app = FastAPI()
fetch_model("acme-demand-models", "demand/current/model.joblib", "/tmp/model.joblib")
forest = joblib.load("/tmp/model.joblib")


@app.post("/forecast")
def forecast(rows: list[dict]) -> list[float]:
    return forest.predict(pd.DataFrame(rows)).tolist()
