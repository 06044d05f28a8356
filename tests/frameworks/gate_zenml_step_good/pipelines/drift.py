"""Nightly drift report: live scoring requests against the training snapshot."""
import pandas as pd
from evidently import Report
from evidently.presets import DataDriftPreset


def drift_report(reference_path: str, current_path: str) -> dict:
    report = Report(metrics=[DataDriftPreset()])
    result = report.run(reference_data=pd.read_parquet(reference_path), current_data=pd.read_parquet(current_path))
    return result.dict()
