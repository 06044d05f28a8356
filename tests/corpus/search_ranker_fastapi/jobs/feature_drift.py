"""Daily feature-drift check of logged ranking requests (deepchecks)."""
import pandas as pd
from deepchecks.tabular import Dataset
from deepchecks.tabular.checks import FeatureDrift


def run(train_sample: str, live_sample: str, out_html: str) -> None:
    train = Dataset(pd.read_parquet(train_sample), cat_features=[])
    live = Dataset(pd.read_parquet(live_sample), cat_features=[])
    result = FeatureDrift().add_condition_drift_score_less_than(0.2).run(train_dataset=train, test_dataset=live)
    result.save_as_html(out_html)
