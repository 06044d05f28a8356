"""Data steps."""

from typing import Tuple

import pandas as pd
from zenml import step


@step
def load_labelled() -> pd.DataFrame:
    return pd.read_parquet("s3://tickets/labelled.parquet")


@step
def split_reference_and_comparison(data: pd.DataFrame) -> Tuple[pd.DataFrame, pd.DataFrame]:
    half = len(data) // 2
    return data.iloc[:half], data.iloc[half:]
