"""boto3: monitoring job definitions (data quality, model quality, bias, explainability) and their schedules."""

import boto3

sm = boto3.client("sagemaker")
IMAGE = "156813124566.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-model-monitor-analyzer"


def _resources() -> dict:
    return {"ClusterConfig": {"InstanceCount": 1, "InstanceType": "ml.m5.xlarge", "VolumeSizeInGB": 20}}


def define_jobs(role_arn: str, bucket: str) -> list[tuple[str, str]]:
    endpoint = {"EndpointName": "ltv-prod", "LocalPath": "/opt/ml/processing/input"}
    output = lambda kind: {"MonitoringOutputs": [{"S3Output": {"S3Uri": f"s3://{bucket}/reports/{kind}", "LocalPath": "/opt/ml/processing/output"}}]}
    sm.create_data_quality_job_definition(
        JobDefinitionName="ltv-data-quality",
        DataQualityBaselineConfig={"ConstraintsResource": {"S3Uri": f"s3://{bucket}/baseline/constraints.json"}, "StatisticsResource": {"S3Uri": f"s3://{bucket}/baseline/statistics.json"}},
        DataQualityAppSpecification={"ImageUri": IMAGE},
        DataQualityJobInput={"EndpointInput": endpoint},
        DataQualityJobOutputConfig=output("data-quality"),
        JobResources=_resources(),
        RoleArn=role_arn,
    )
    sm.create_model_quality_job_definition(
        JobDefinitionName="ltv-model-quality",
        ModelQualityAppSpecification={"ImageUri": IMAGE, "ProblemType": "Regression"},
        ModelQualityJobInput={"EndpointInput": endpoint, "GroundTruthS3Input": {"S3Uri": f"s3://{bucket}/ground-truth"}},
        ModelQualityJobOutputConfig=output("model-quality"),
        JobResources=_resources(),
        RoleArn=role_arn,
    )
    sm.create_model_bias_job_definition(
        JobDefinitionName="ltv-bias",
        ModelBiasAppSpecification={"ImageUri": IMAGE, "ConfigUri": f"s3://{bucket}/clarify/analysis_config.json"},
        ModelBiasJobInput={"EndpointInput": endpoint, "GroundTruthS3Input": {"S3Uri": f"s3://{bucket}/ground-truth"}},
        ModelBiasJobOutputConfig=output("bias"),
        JobResources=_resources(),
        RoleArn=role_arn,
    )
    sm.create_model_explainability_job_definition(
        JobDefinitionName="ltv-explainability",
        ModelExplainabilityAppSpecification={"ImageUri": IMAGE, "ConfigUri": f"s3://{bucket}/clarify/analysis_config.json"},
        ModelExplainabilityJobInput={"EndpointInput": endpoint},
        ModelExplainabilityJobOutputConfig=output("explainability"),
        JobResources=_resources(),
        RoleArn=role_arn,
    )
    return [("ltv-data-quality", "DataQuality"), ("ltv-model-quality", "ModelQuality"), ("ltv-bias", "ModelBias"), ("ltv-explainability", "ModelExplainability")]


def schedule(definitions: list[tuple[str, str]]) -> None:
    for name, kind in definitions:
        sm.create_monitoring_schedule(
            MonitoringScheduleName=f"{name}-hourly",
            MonitoringScheduleConfig={
                "ScheduleConfig": {"ScheduleExpression": "cron(0 * ? * * *)"},
                "MonitoringJobDefinitionName": name,
                "MonitoringType": kind,
            },
        )
