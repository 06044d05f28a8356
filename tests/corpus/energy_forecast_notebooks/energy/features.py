import pandas as pd


def make_features(df: pd.DataFrame) -> pd.DataFrame:
    df = df.set_index("timestamp").sort_index()
    out = pd.DataFrame(index=df.index)
    out["hour"] = df.index.hour
    out["dow"] = df.index.dayofweek
    out["temp_c"] = df["temp_c"]
    out["load_lag_24"] = df["load_mw"].shift(24)
    out["load_lag_168"] = df["load_mw"].shift(168)
    out["load_mw"] = df["load_mw"]
    return out.dropna()
