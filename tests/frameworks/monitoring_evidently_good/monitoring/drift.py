"""Weekly drift snapshot with the Evidently 0.7 API (Report, Dataset, DataDefinition)."""

import pandas as pd
from evidently import DataDefinition, Dataset, Report
from evidently.presets import DataDriftPreset, DataSummaryPreset

FEATURES = ["tenure_months", "monthly_charges"]


def snapshot(reference: pd.DataFrame, current: pd.DataFrame):
    definition = DataDefinition(numerical_columns=FEATURES, categorical_columns=["contract"])
    ref = Dataset.from_pandas(reference, data_definition=definition)
    cur = Dataset.from_pandas(current, data_definition=definition)
    report = Report([DataDriftPreset(method="psi"), DataSummaryPreset()], include_tests=True)
    result = report.run(cur, ref)
    result.save_html("reports/drift.html")
    return result.dict()
