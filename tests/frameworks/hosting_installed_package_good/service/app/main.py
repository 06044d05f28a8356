import pandas as pd
from churnkit.scoring import ChurnScorer
from fastapi import FastAPI

app = FastAPI(title="churn-api")
scorer = ChurnScorer("/models/churn.joblib")


@app.post("/churn")
def churn(customers: list[dict]):
    return {"probability": scorer.predict(pd.DataFrame(customers)).tolist()}
