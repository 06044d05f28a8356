"""Feature definitions. Shared by the pipeline, the CPR predictor and the drift job."""
from __future__ import annotations

import pandas as pd

NUMERIC = [
    "tenure_months",
    "monthly_charges",
    "total_charges",
    "data_gb_30d",
    "dropped_calls_30d",
    "support_tickets_90d",
    "days_since_last_topup",
]
CATEGORICAL = ["contract_type", "payment_method", "plan_family", "region"]
FEATURES = NUMERIC + CATEGORICAL
LABEL = "churned_60d"


def prepare(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["total_charges"] = pd.to_numeric(out["total_charges"], errors="coerce").fillna(0.0)
    for col in CATEGORICAL:
        out[col] = out[col].fillna("unknown").astype("category")
    for col in NUMERIC:
        out[col] = out[col].astype("float32")
    return out[FEATURES]
