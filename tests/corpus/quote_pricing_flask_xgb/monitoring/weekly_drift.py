import pandas as pd
from evidently.metric_preset import DataDriftPreset, RegressionPreset
from evidently.report import Report


def weekly_report(reference_csv: str, live_csv: str, out_json: str) -> None:
    report = Report(metrics=[DataDriftPreset(), RegressionPreset()])
    report.run(reference_data=pd.read_csv(reference_csv), current_data=pd.read_csv(live_csv))
    report.save_json(out_json)
