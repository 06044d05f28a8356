"""Feature list and request shaping, shared by training and serving."""
import pandas as pd

FEATURES = ["amount", "merchant_risk", "hour", "card_age_days"]


def to_frame(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    return frame.reindex(columns=FEATURES).fillna(0.0)
