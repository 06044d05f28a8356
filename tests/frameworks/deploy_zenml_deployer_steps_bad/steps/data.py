"""ZenML steps: load the card transactions and split them by time."""
from typing import Annotated, Tuple

import pandas as pd
from zenml import step


@step
def load_transactions() -> Tuple[Annotated[pd.DataFrame, "train"], Annotated[pd.DataFrame, "holdout"]]:
    frame = pd.read_parquet("s3://payments-ml/transactions/latest.parquet").sort_values("event_time")
    cut = int(len(frame) * 0.8)
    return frame.iloc[:cut], frame.iloc[cut:]
