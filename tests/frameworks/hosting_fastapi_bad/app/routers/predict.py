import joblib
from fastapi import APIRouter
from pydantic import BaseModel

from churn.features import build_row

router = APIRouter(tags=["predict"])
model = joblib.load("artifacts/churn.joblib")


class Customer(BaseModel):
    tenure_months: int
    monthly_charges: float
    support_calls_90d: int


@router.post("/predict")
def predict(customer: Customer) -> dict:
    return {"churn_probability": float(model.predict_proba([build_row(customer.model_dump())])[0, 1])}
