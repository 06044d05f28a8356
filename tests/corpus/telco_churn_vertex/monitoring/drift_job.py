"""Daily drift report (Cloud Run job `churn-drift`).

Compares yesterday's prediction requests (logged to BigQuery by the endpoint's
request-response logging) with the training snapshot and posts to #churn-ml on drift.
"""
from __future__ import annotations

import os

import pandas as pd
import requests
from evidently.metric_preset import DataDriftPreset
from evidently.report import Report
from google.cloud import bigquery

from churn import config
from churn.features import FEATURES, prepare

SLACK_WEBHOOK = os.environ.get("SLACK_WEBHOOK_URL", "")


def load(table: str, where: str) -> pd.DataFrame:
    sql = f"SELECT {', '.join(FEATURES)} FROM `{table}` WHERE {where}"
    return bigquery.Client(project=config.PROJECT_ID).query(sql).to_dataframe()


def main() -> None:
    reference = prepare(load(config.BQ_TRAINING_TABLE, "snapshot_date = (SELECT MAX(snapshot_date) FROM `{}`)".format(config.BQ_TRAINING_TABLE)))
    current = prepare(load(config.BQ_PREDICTIONS_TABLE, "DATE(logging_time) = DATE_SUB(CURRENT_DATE(), INTERVAL 1 DAY)"))

    report = Report(metrics=[DataDriftPreset(stattest_threshold=0.1)])
    report.run(reference_data=reference, current_data=current)
    result = report.as_dict()["metrics"][0]["result"]
    report.save_html("/tmp/churn_drift.html")

    if result["dataset_drift"] and SLACK_WEBHOOK:
        drifted = result["number_of_drifted_columns"]
        requests.post(SLACK_WEBHOOK, json={"text": f":warning: churn drift: {drifted} of {len(FEATURES)} features drifted"}, timeout=10)


if __name__ == "__main__":
    main()
