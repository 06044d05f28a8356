"""Pulumi program: the churn endpoint, its data capture, and an hourly data-quality monitor."""
import pulumi
import pulumi_aws as aws

config = pulumi.Config()
model_name = config.require("approvedModel")

endpoint_config = aws.sagemaker.EndpointConfiguration(
    "churn-config",
    production_variants=[{"variant_name": "main", "model_name": model_name, "initial_instance_count": 1, "instance_type": "ml.m5.large"}],
    data_capture_config={"enable_capture": True, "initial_sampling_percentage": 20, "destination_s3_uri": "s3://churn-capture/", "capture_options": [{"capture_mode": "Input"}, {"capture_mode": "Output"}]},
)
endpoint = aws.sagemaker.Endpoint("churn", endpoint_config_name=endpoint_config.name)

drift = aws.sagemaker.DataQualityJobDefinition(
    "churn-drift",
    role_arn=config.require("monitorRole"),
    data_quality_app_specification={"image_uri": config.require("monitorImage")},
    data_quality_job_input={"endpoint_input": {"endpoint_name": endpoint.name}},
    data_quality_job_output_config={"monitoring_outputs": {"s3_output": {"s3_uri": "s3://churn-monitoring/"}}},
    job_resources={"cluster_config": {"instance_count": 1, "instance_type": "ml.m5.large", "volume_size_in_gb": 20}},
)
aws.sagemaker.MonitoringSchedule(
    "churn-hourly",
    monitoring_schedule_config={"monitoring_job_definition_name": drift.name, "monitoring_type": "DataQuality", "schedule_config": {"schedule_expression": "cron(0 * ? * * *)"}},
)
pulumi.export("endpoint", endpoint.name)
