"""Nightly drift report (Evidently 0.4 API: Report / TestSuite with presets)."""

import pandas as pd
from evidently.metric_preset import DataDriftPreset, TargetDriftPreset
from evidently.report import Report
from evidently.test_preset import DataDriftTestPreset
from evidently.test_suite import TestSuite


def build_report(reference: pd.DataFrame, current: pd.DataFrame, out_path: str) -> dict:
    report = Report(metrics=[DataDriftPreset(), TargetDriftPreset()])
    report.run(reference_data=reference, current_data=current)
    report.save_html(out_path)
    return report.as_dict()


def drift_tests_pass(reference: pd.DataFrame, current: pd.DataFrame) -> bool:
    suite = TestSuite(tests=[DataDriftTestPreset(stattest="psi")])
    suite.run(reference_data=reference, current_data=current)
    return suite.as_dict()["summary"]["all_passed"]


if __name__ == "__main__":
    ref = pd.read_parquet("s3://churn/reference/train.parquet")
    cur = pd.read_parquet("s3://churn/captured/last_7_days.parquet")
    build_report(ref, cur, "drift.html")
