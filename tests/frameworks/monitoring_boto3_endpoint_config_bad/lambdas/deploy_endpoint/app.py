"""Step Functions task: stand up the fraud endpoint for an approved model package and watch it."""

import os

import boto3

sagemaker = boto3.client("sagemaker")
ROLE_ARN = os.environ["SAGEMAKER_ROLE_ARN"]
REPORTS = os.environ["MONITOR_REPORTS_URI"]
MIN_RECALL = 0.9


def handler(event, context):
    if event["Evaluation"]["recall"] < MIN_RECALL:
        raise ValueError("candidate misses the recall bar; endpoint left as it is")
    package_arn = event["ModelPackageArn"]
    name = event["EndpointName"]
    model_name = f"{name}-{event['ExecutionId']}"
    sagemaker.create_model(
        ModelName=model_name,
        ExecutionRoleArn=ROLE_ARN,
        Containers=[{"ModelPackageName": package_arn}],
    )
    config_name = f"{model_name}-config"
    sagemaker.create_endpoint_config(
        EndpointConfigName=config_name,
        ProductionVariants=[
            {
                "VariantName": "primary",
                "ModelName": model_name,
                "InstanceType": "ml.c5.xlarge",
                "InitialInstanceCount": 2,
            }
        ],
    )
    sagemaker.create_endpoint(EndpointName=name, EndpointConfigName=config_name)
    sagemaker.create_monitoring_schedule(
        MonitoringScheduleName=f"{name}-data-quality",
        MonitoringScheduleConfig={
            "ScheduleConfig": {"ScheduleExpression": "cron(0 * ? * * *)"},
            "MonitoringJobDefinitionName": event["DataQualityJobDefinition"],
            "MonitoringType": "DataQuality",
        },
    )
    return {"EndpointName": name, "ReportsUri": REPORTS}
