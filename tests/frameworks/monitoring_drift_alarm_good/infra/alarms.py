from aws_cdk import Duration, Stack
from aws_cdk import aws_cloudwatch as cloudwatch
from constructs import Construct

FEATURES = ["tenure", "monthly_spend"]


class ChurnAlarms(Stack):
    """Alarms on the drift metrics the endpoint's data-quality schedule emits (set up in the console)."""

    def __init__(self, scope: Construct, construct_id: str, endpoint: str) -> None:
        super().__init__(scope, construct_id)
        for feature in FEATURES:
            metric = cloudwatch.Metric(
                namespace="aws/sagemaker/Endpoints/data-metrics",
                metric_name=f"feature_baseline_drift_{feature}",
                dimensions_map={"Endpoint": endpoint, "MonitoringSchedule": f"{endpoint}-data-quality"},
                period=Duration.hours(1),
            )
            metric.create_alarm(self, f"{feature}Drift", threshold=0.2, evaluation_periods=1)
