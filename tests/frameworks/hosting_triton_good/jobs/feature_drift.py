import pandas as pd
from evidently import Report
from evidently.presets import DataDriftPreset

from ranker.model import FEATURE_ORDER


def run(reference: pd.DataFrame, current: pd.DataFrame):
    report = Report([DataDriftPreset(columns=FEATURE_ORDER)])
    return report.run(reference_data=reference[FEATURE_ORDER], current_data=current[FEATURE_ORDER])
