from fastapi import FastAPI

from api import engine

app = FastAPI(title="churn-scorer")


@app.post("/score")
def score(payload: dict) -> dict:
    return {"churn_probability": engine.predict_one(payload)}
