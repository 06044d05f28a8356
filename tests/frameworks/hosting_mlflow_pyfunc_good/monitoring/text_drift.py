import pandas as pd
from evidently import ColumnMapping
from evidently.metric_preset import TextEvals
from evidently.report import Report


def run(reference: pd.DataFrame, current: pd.DataFrame) -> dict:
    report = Report(metrics=[TextEvals(column_name="body")])
    report.run(reference_data=reference, current_data=current, column_mapping=ColumnMapping(text_features=["body"]))
    return report.as_dict()
