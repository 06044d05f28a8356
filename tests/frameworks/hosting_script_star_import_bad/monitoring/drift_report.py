"""Weekly comparison of live inputs with the training snapshot."""
import pandas as pd
from evidently import Report
from evidently.presets import DataDriftPreset


def drift_report(training_snapshot: pd.DataFrame, last_week: pd.DataFrame):
    return Report([DataDriftPreset()]).run(reference_data=training_snapshot, current_data=last_week)
