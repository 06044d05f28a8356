import pandas as pd

COLUMNS = ["amount", "merchant_risk", "hour", "card_age_days"]


def to_frame(instances: list[list[float]]) -> pd.DataFrame:
    return pd.DataFrame(instances, columns=COLUMNS)
