"""Churn API."""
from fastapi import FastAPI
from pydantic import BaseModel

from app.predictor import ChurnPredictor

app = FastAPI()
predictor = ChurnPredictor()


class Customers(BaseModel):
    rows: list[list[float]]


@app.post("/churn")
def churn(customers: Customers) -> dict:
    return {"churn": predictor.churn_risk(customers.rows)}
