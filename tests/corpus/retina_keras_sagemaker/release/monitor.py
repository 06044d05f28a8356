from sagemaker.model_monitor import CronExpressionGenerator, ModelQualityMonitor

ROLE = "arn:aws:iam::999988887777:role/retina-ml"


def schedule(endpoint_name: str) -> None:
    monitor = ModelQualityMonitor(role=ROLE, instance_count=1, instance_type="ml.m5.xlarge")
    monitor.create_monitoring_schedule(
        endpoint_input=endpoint_name,
        ground_truth_input="s3://retina-ml-prod/ground-truth",
        problem_type="MulticlassClassification",
        output_s3_uri="s3://retina-ml-prod/monitoring",
        schedule_cron_expression=CronExpressionGenerator.daily(),
    )
