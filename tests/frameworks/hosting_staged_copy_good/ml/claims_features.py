import pandas as pd

CATEGORICAL = ["region", "product", "channel"]


def encode(frame: pd.DataFrame) -> pd.DataFrame:
    encoded = frame.copy()
    for column in CATEGORICAL:
        encoded[column] = encoded[column].astype("category")
    return encoded
