from __future__ import annotations

import numpy as np
import pandas as pd

CAT_FEATURES = ["industry", "company_size_band", "country", "lead_source", "job_level"]
NUM_FEATURES = [
    "web_sessions_30d",
    "pricing_page_views_30d",
    "emails_opened_30d",
    "webinar_attended",
    "days_since_first_touch",
    "employees_log",
]


def build_features(leads: pd.DataFrame) -> pd.DataFrame:
    df = leads.copy()
    df["employees_log"] = np.log1p(df["employees"].fillna(0))
    df["days_since_first_touch"] = (pd.Timestamp.utcnow() - pd.to_datetime(df["first_touch_at"], utc=True)).dt.days
    for col in CAT_FEATURES:
        df[col] = df[col].fillna("unknown").astype(str)
    for col in NUM_FEATURES:
        df[col] = df[col].fillna(0)
    return df[CAT_FEATURES + NUM_FEATURES]
