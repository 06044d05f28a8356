"""Nightly drift job: yesterday's scored requests against the training data."""
import pandas as pd
from evidently.metric_preset import DataDriftPreset
from evidently.report import Report


def main() -> None:
    training = pd.read_parquet("data/customers.parquet").drop(columns="churned")
    production = pd.read_parquet("logs/requests_yesterday.parquet")
    drift = Report(metrics=[DataDriftPreset()])
    drift.run(reference_data=training, current_data=production)
    drift.save_html("reports/drift_yesterday.html")


if __name__ == "__main__":
    main()
