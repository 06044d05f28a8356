import pandas as pd
from evidently import Report
from evidently.presets import DataDriftPreset


def weekly_drift(reference: pd.DataFrame, current: pd.DataFrame):
    return Report([DataDriftPreset()]).run(reference_data=reference, current_data=current)
