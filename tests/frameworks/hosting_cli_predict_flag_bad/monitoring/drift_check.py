"""Monthly check of incoming customers against the training table."""
import pandas as pd
from evidently import Report
from evidently.presets import DataDriftPreset


def drift_check(reference: pd.DataFrame, current: pd.DataFrame):
    return Report([DataDriftPreset()]).run(reference_data=reference, current_data=current)
