import pandas as pd
from churnkit import ChurnModel
from fastapi import FastAPI

app = FastAPI(title="churn-api")
model = ChurnModel.load("/models/churn.joblib")


@app.post("/churn")
def churn(customers: list[dict]):
    return {"probability": model.predict(pd.DataFrame(customers)).tolist()}
