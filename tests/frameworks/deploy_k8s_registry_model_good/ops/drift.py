from evidently.metric_preset import DataDriftPreset
from evidently.report import Report


def weekly(reference, current):
    report = Report(metrics=[DataDriftPreset()])
    report.run(reference_data=reference, current_data=current)
    report.save_html("reports/drift.html")
