"""Weekly drift report on the logged requests (Evidently)."""
import pandas as pd
from evidently.metric_preset import DataDriftPreset
from evidently.report import Report


def weekly(reference_csv: str, requests_csv: str) -> dict:
    report = Report(metrics=[DataDriftPreset()])
    report.run(reference_data=pd.read_csv(reference_csv), current_data=pd.read_csv(requests_csv))
    return report.as_dict()
