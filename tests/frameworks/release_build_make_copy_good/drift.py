"""Nightly drift check of the attrition API's inputs against the training snapshot."""
import pandas as pd
from evidently.metric_preset import DataDriftPreset
from evidently.report import Report


def check(reference: str, current: str) -> dict:
    report = Report(metrics=[DataDriftPreset()])
    report.run(reference_data=pd.read_parquet(reference), current_data=pd.read_parquet(current))
    return report.as_dict()
