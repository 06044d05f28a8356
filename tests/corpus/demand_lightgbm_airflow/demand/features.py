import pandas as pd

LAGS = (7, 14, 28)


def add_calendar(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["dow"] = df["date"].dt.dayofweek
    df["week"] = df["date"].dt.isocalendar().week.astype(int)
    df["month"] = df["date"].dt.month
    return df


def add_lags(df: pd.DataFrame) -> pd.DataFrame:
    df = df.sort_values(["store_id", "sku", "date"]).copy()
    for lag in LAGS:
        df[f"units_lag_{lag}"] = df.groupby(["store_id", "sku"])["units"].shift(lag)
    return df.dropna()
