import pandas as pd
from zenml import step


@step
def load_features() -> pd.DataFrame:
    return pd.read_parquet("data/loans.parquet")
