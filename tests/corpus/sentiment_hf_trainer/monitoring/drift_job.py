"""Nightly job: compare yesterday's logged requests against the training sample."""
import pandas as pd
from evidently.metric_preset import DataDriftPreset, TextEvals
from evidently.report import Report


def run(reference_path: str, current_path: str, out_html: str) -> bool:
    reference = pd.read_parquet(reference_path)
    current = pd.read_parquet(current_path)
    report = Report(metrics=[DataDriftPreset(), TextEvals(column_name="text")])
    report.run(reference_data=reference, current_data=current)
    report.save_html(out_html)
    return report.as_dict()["metrics"][0]["result"]["dataset_drift"]
