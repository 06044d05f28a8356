from evidently.metric_preset import DataDriftPreset
from evidently.report import Report


def weekly_drift(reference, current):
    report = Report(metrics=[DataDriftPreset()])
    report.run(reference_data=reference, current_data=current)
    report.save_html("drift.html")
    return report
