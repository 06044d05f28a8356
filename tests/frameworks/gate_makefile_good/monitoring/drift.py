"""Compare this week's feature distributions with the training snapshot."""
import pandas as pd
from evidently.metric_preset import DataDriftPreset
from evidently.report import Report

report = Report(metrics=[DataDriftPreset()])
report.run(reference_data=pd.read_parquet("data/features.parquet"), current_data=pd.read_parquet("data/this_week.parquet"))
report.save_json("build/drift.json")
