"""Hourly data-quality monitor of the churn endpoint against the training baseline."""

from sagemaker.model_monitor import CronExpressionGenerator, DefaultModelMonitor

monitor = DefaultModelMonitor(role="arn:aws:iam::111122223333:role/sm", instance_count=1, instance_type="ml.m5.large")
monitor.create_monitoring_schedule(endpoint_input="churn", output_s3_uri="s3://acme-ml/churn/monitoring", schedule_cron_expression=CronExpressionGenerator.hourly())
