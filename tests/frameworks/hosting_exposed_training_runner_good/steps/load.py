import pandas as pd
from zenml import step


@step
def load_reviews(data_path: str) -> pd.DataFrame:
    return pd.read_parquet(data_path).dropna(subset=["review_score"])
