"""Compare last week's inference log with the training sample using Deepchecks."""
import pandas as pd
from deepchecks.tabular import Dataset
from deepchecks.tabular.suites import train_test_validation

from schema import CAT_FEATURES


def run(train_path: str, prod_path: str) -> bool:
    train = Dataset(pd.read_parquet(train_path), label="converted", cat_features=CAT_FEATURES)
    prod = Dataset(pd.read_parquet(prod_path), cat_features=CAT_FEATURES)
    result = train_test_validation().run(train_dataset=train, test_dataset=prod)
    return result.passed()
