"""Loads a day of orders."""
import pandas as pd
from zenml import step


@step
def load_batch(day: str) -> pd.DataFrame:
    return pd.read_parquet(f"s3://orders/{day}.parquet")
