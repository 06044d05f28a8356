from sagemaker.model_monitor import CronExpressionGenerator, DefaultModelMonitor
from sagemaker.model_monitor.dataset_format import DatasetFormat

ROLE = "arn:aws:iam::111122223333:role/ads-ml"

monitor = DefaultModelMonitor(role=ROLE, instance_count=1, instance_type="ml.m5.xlarge")
monitor.suggest_baseline(baseline_dataset="s3://ads-ml/baseline/train_sample.csv", dataset_format=DatasetFormat.csv(header=True),
                         output_s3_uri="s3://ads-ml/baseline/out")
monitor.create_monitoring_schedule(endpoint_input="ads-ctr", output_s3_uri="s3://ads-ml/monitoring",
                                   schedule_cron_expression=CronExpressionGenerator.hourly())
