"""Weekly drift report of the champion's scored traffic against its training sample."""
from evidently.metric_preset import DataDriftPreset
from evidently.report import Report


def weekly_drift(reference, current) -> dict:
    report = Report(metrics=[DataDriftPreset()])
    report.run(reference_data=reference, current_data=current)
    return report.as_dict()
