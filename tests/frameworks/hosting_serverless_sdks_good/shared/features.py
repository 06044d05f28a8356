import pandas as pd

COLUMNS = ["sqft", "bedrooms", "bathrooms", "year_built", "zip_code"]


def frame(payload: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(payload)[COLUMNS]
