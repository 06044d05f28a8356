from evidently.metric_preset import DataDriftPreset
from evidently.report import Report


def nightly(reference, current) -> dict:
    report = Report(metrics=[DataDriftPreset()])
    report.run(reference_data=reference, current_data=current)
    return report.as_dict()
