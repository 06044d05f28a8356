"""Nightly drift report for the registered cancer classifier: the features scored in the last
day against the training snapshot the model was fitted on."""
import pandas as pd
from evidently.metric_preset import DataDriftPreset
from evidently.report import Report


def nightly(reference_path: str = "data/train.parquet", current_path: str = "data/scored_last_day.parquet") -> bool:
    reference = pd.read_parquet(reference_path)
    current = pd.read_parquet(current_path)
    report = Report(metrics=[DataDriftPreset()])
    report.run(reference_data=reference, current_data=current)
    report.save_html("reports/drift.html")
    return report.as_dict()["metrics"][0]["result"]["dataset_drift"]


if __name__ == "__main__":
    if nightly():
        raise SystemExit("feature drift against the training snapshot")
