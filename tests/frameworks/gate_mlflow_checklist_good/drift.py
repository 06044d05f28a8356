"""Nightly comparison of the scored customers with the training snapshot."""
import pandas as pd
from evidently.metric_preset import DataDriftPreset
from evidently.report import Report


def nightly_drift(snapshot_path: str, scored_path: str) -> dict:
    report = Report(metrics=[DataDriftPreset()])
    report.run(reference_data=pd.read_parquet(snapshot_path), current_data=pd.read_parquet(scored_path))
    report.save_html("reports/churn_drift.html")
    return report.as_dict()
