import numpy as np
import pandas as pd

FEATURE_COLUMNS = [
    "tenure_months",
    "monthly_charges",
    "total_charges",
    "num_support_tickets",
    "contract_type",
    "has_fiber",
]

CONTRACT_CODES = {"month-to-month": 0, "one-year": 1, "two-year": 2}


def build_features(raw: pd.DataFrame) -> pd.DataFrame:
    df = raw.copy()
    df["contract_type"] = df["contract_type"].map(CONTRACT_CODES).fillna(0).astype(int)
    df["has_fiber"] = (df["internet_service"] == "fiber").astype(int)
    df["total_charges"] = pd.to_numeric(df["total_charges"], errors="coerce").fillna(0.0)
    df["num_support_tickets"] = np.clip(df["num_support_tickets"], 0, 50)
    return df[FEATURE_COLUMNS]
