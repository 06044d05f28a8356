"""CDK stack that watches the fraud endpoint: data quality, model quality, bias and
feature-attribution drift against the baselines computed at training time, hourly."""

from aws_cdk import Stack
from aws_cdk import aws_sagemaker as sagemaker
from constructs import Construct

HOURLY = "cron(0 * ? * * *)"


class FraudMonitoringStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, *, endpoint_name: str, role_arn: str, baseline_uri: str, reports_uri: str, images: dict, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        cluster = sagemaker.CfnDataQualityJobDefinition.ClusterConfigProperty(instance_count=1, instance_type="ml.m5.xlarge", volume_size_in_gb=20)
        resources = sagemaker.CfnDataQualityJobDefinition.MonitoringResourcesProperty(cluster_config=cluster)
        endpoint_input = sagemaker.CfnDataQualityJobDefinition.EndpointInputProperty(endpoint_name=endpoint_name, local_path="/opt/ml/processing/input")
        output = sagemaker.CfnDataQualityJobDefinition.MonitoringOutputConfigProperty(
            monitoring_outputs=[sagemaker.CfnDataQualityJobDefinition.MonitoringOutputProperty(
                s3_output=sagemaker.CfnDataQualityJobDefinition.S3OutputProperty(local_path="/opt/ml/processing/output", s3_uri=f"{reports_uri}/data-quality")
            )]
        )
        data_quality = sagemaker.CfnDataQualityJobDefinition(
            self,
            "DataQuality",
            role_arn=role_arn,
            job_resources=resources,
            data_quality_app_specification=sagemaker.CfnDataQualityJobDefinition.DataQualityAppSpecificationProperty(image_uri=images["model-monitor"]),
            data_quality_job_input=sagemaker.CfnDataQualityJobDefinition.DataQualityJobInputProperty(endpoint_input=endpoint_input),
            data_quality_job_output_config=output,
            data_quality_baseline_config=sagemaker.CfnDataQualityJobDefinition.DataQualityBaselineConfigProperty(
                constraints_resource=sagemaker.CfnDataQualityJobDefinition.ConstraintsResourceProperty(s3_uri=f"{baseline_uri}/constraints.json"),
                statistics_resource=sagemaker.CfnDataQualityJobDefinition.StatisticsResourceProperty(s3_uri=f"{baseline_uri}/statistics.json"),
            ),
        )
        model_quality = sagemaker.CfnModelQualityJobDefinition(
            self,
            "ModelQuality",
            role_arn=role_arn,
            job_resources=resources,
            model_quality_app_specification=sagemaker.CfnModelQualityJobDefinition.ModelQualityAppSpecificationProperty(image_uri=images["model-monitor"], problem_type="BinaryClassification"),
            model_quality_job_input=sagemaker.CfnModelQualityJobDefinition.ModelQualityJobInputProperty(
                endpoint_input=endpoint_input,
                ground_truth_s3_input=sagemaker.CfnModelQualityJobDefinition.MonitoringGroundTruthS3InputProperty(s3_uri=f"{reports_uri}/ground-truth"),
            ),
            model_quality_job_output_config=output,
        )
        sagemaker.CfnModelBiasJobDefinition(
            self,
            "Bias",
            role_arn=role_arn,
            job_resources=resources,
            model_bias_app_specification=sagemaker.CfnModelBiasJobDefinition.ModelBiasAppSpecificationProperty(image_uri=images["clarify"], config_uri=f"{baseline_uri}/analysis_config.json"),
            model_bias_job_input=sagemaker.CfnModelBiasJobDefinition.ModelBiasJobInputProperty(endpoint_input=endpoint_input, ground_truth_s3_input=sagemaker.CfnModelBiasJobDefinition.MonitoringGroundTruthS3InputProperty(s3_uri=f"{reports_uri}/ground-truth")),
            model_bias_job_output_config=output,
        )
        sagemaker.CfnModelExplainabilityJobDefinition(
            self,
            "Explainability",
            role_arn=role_arn,
            job_resources=resources,
            model_explainability_app_specification=sagemaker.CfnModelExplainabilityJobDefinition.ModelExplainabilityAppSpecificationProperty(image_uri=images["clarify"], config_uri=f"{baseline_uri}/analysis_config.json"),
            model_explainability_job_input=sagemaker.CfnModelExplainabilityJobDefinition.ModelExplainabilityJobInputProperty(endpoint_input=endpoint_input),
            model_explainability_job_output_config=output,
        )
        for name, definition, kind in (("DataQualitySchedule", data_quality, "DataQuality"), ("ModelQualitySchedule", model_quality, "ModelQuality")):
            sagemaker.CfnMonitoringSchedule(
                self,
                name,
                monitoring_schedule_name=f"{endpoint_name}-{kind.lower()}",
                monitoring_schedule_config=sagemaker.CfnMonitoringSchedule.MonitoringScheduleConfigProperty(
                    monitoring_job_definition_name=definition.attr_job_definition_name,
                    monitoring_type=kind,
                    schedule_config=sagemaker.CfnMonitoringSchedule.ScheduleConfigProperty(schedule_expression=HOURLY),
                ),
            )
