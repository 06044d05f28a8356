"""Daily drift job over the scored transactions (Evidently)."""
import pandas as pd
from evidently.metric_preset import DataDriftPreset
from evidently.report import Report


def run(reference_path: str, scored_path: str) -> dict:
    report = Report(metrics=[DataDriftPreset()])
    report.run(reference_data=pd.read_parquet(reference_path), current_data=pd.read_parquet(scored_path))
    return report.as_dict()
