import pandas as pd
from evidently import Report
from evidently.presets import DataDriftPreset


def drift_report(reference: pd.DataFrame, current: pd.DataFrame):
    report = Report([DataDriftPreset()])
    return report.run(reference_data=reference, current_data=current)
