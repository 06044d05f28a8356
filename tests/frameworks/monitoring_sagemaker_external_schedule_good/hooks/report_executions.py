"""Nightly Slack summary of the production monitor's last executions."""

import boto3
import requests


def summarise(schedule_name: str, webhook: str) -> None:
    sagemaker = boto3.client("sagemaker")
    runs = sagemaker.list_monitoring_executions(MonitoringScheduleName=schedule_name, SortBy="ScheduledTime", SortOrder="Descending", MaxResults=3)
    lines = [f"{r['ScheduledTime']:%Y-%m-%d %H:%M} {r['MonitoringExecutionStatus']}" for r in runs["MonitoringExecutionSummaries"]]
    requests.post(webhook, json={"text": "\n".join(lines)}, timeout=10)
