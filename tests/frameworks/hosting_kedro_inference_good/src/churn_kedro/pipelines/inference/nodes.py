"""Scoring only: apply the stored classifier to a frame of customers."""
import pandas as pd


def predict_churn(model, customers: pd.DataFrame) -> pd.DataFrame:
    return customers.assign(churn_probability=model.predict_proba(customers)[:, 1])
