"""Monthly population stability check of the applicant features."""
import pandas as pd
from evidently.metric_preset import DataDriftPreset
from evidently.report import Report

report = Report(metrics=[DataDriftPreset()])
report.run(reference_data=pd.read_parquet("data/loans.parquet"), current_data=pd.read_parquet("data/applications_last_month.parquet"))
report.save_html("outputs/drift.html")
