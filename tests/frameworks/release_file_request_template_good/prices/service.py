import joblib
import pandas as pd
from fastapi import FastAPI

app = FastAPI()


def load_estimator(name: str):
    return joblib.load(f"models/{name}_model.pkl")


@app.post("/price")
def price(kind: str, rows: list[dict]) -> list[float]:
    return load_estimator(kind).predict(pd.DataFrame(rows)).tolist()
