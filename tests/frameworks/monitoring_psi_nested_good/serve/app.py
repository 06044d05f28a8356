"""Credit-limit scoring API."""
import joblib
from fastapi import FastAPI

app = FastAPI()
scorer = joblib.load("artifacts/limit_scorer.joblib")


@app.post("/score")
def score(applicant: dict) -> dict:
    return {"score": float(scorer.predict_proba([list(applicant.values())])[0, 1])}
