"""Feature engineering shared by training and the online service.

Keep this module free of heavy deps: it is packaged into the Bento.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

FEATURE_COLUMNS = [
    "amount_log",
    "amount_vs_avg_30d",
    "merchant_risk",
    "mcc",
    "hour_of_day",
    "is_foreign",
    "card_age_days",
    "txn_count_1h",
    "txn_count_24h",
    "distinct_merchants_24h",
]


def _safe_ratio(num: pd.Series, den: pd.Series) -> pd.Series:
    return (num / den.replace(0, np.nan)).fillna(1.0)


def clip_amounts(df: pd.DataFrame, upper: float = 25_000.0) -> pd.DataFrame:
    """Clip extreme amounts.

    Merchants occasionally drift into sending amounts in minor units (cents), which
    blows up the log feature; clipping keeps the score stable until the feed is fixed.
    """
    df = df.copy()
    df["amount"] = df["amount"].clip(lower=0.0, upper=upper)
    return df


def build_features(raw: pd.DataFrame) -> pd.DataFrame:
    df = clip_amounts(raw)
    out = pd.DataFrame(index=df.index)
    out["amount_log"] = np.log1p(df["amount"])
    out["amount_vs_avg_30d"] = _safe_ratio(df["amount"], df["avg_amount_30d"])
    out["merchant_risk"] = df["merchant_risk"].fillna(0.5)
    out["mcc"] = df["mcc"].astype("category")
    out["hour_of_day"] = pd.to_datetime(df["event_ts"]).dt.hour
    out["is_foreign"] = (df["card_country"] != df["merchant_country"]).astype(int)
    out["card_age_days"] = df["card_age_days"].clip(upper=3650)
    out["txn_count_1h"] = df["txn_count_1h"].fillna(0)
    out["txn_count_24h"] = df["txn_count_24h"].fillna(0)
    out["distinct_merchants_24h"] = df["distinct_merchants_24h"].fillna(0)
    return out[FEATURE_COLUMNS]
