"""Nightly drift report: last week's scored requests against the training features."""
import pandas as pd
from evidently.metric_preset import DataDriftPreset
from evidently.report import Report

reference = pd.read_parquet("data/features.parquet")
current = pd.read_parquet("data/requests_last_7d.parquet")
report = Report(metrics=[DataDriftPreset()])
report.run(reference_data=reference, current_data=current)
report.save_html("reports/drift.html")
