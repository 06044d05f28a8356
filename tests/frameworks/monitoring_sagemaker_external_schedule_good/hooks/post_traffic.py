"""CodeDeploy post-traffic hook: the endpoint and its monitoring schedule come from the
CloudFormation template; this hook fails the deployment if the schedule is not running."""

import os

import boto3

sagemaker = boto3.client("sagemaker")
codedeploy = boto3.client("codedeploy")


def handler(event, context):
    schedule = sagemaker.describe_monitoring_schedule(MonitoringScheduleName=os.environ["SCHEDULE_NAME"])
    status = "Succeeded" if schedule["MonitoringScheduleStatus"] == "Scheduled" else "Failed"
    codedeploy.put_lifecycle_event_hook_execution_status(deploymentId=event["DeploymentId"], lifecycleEventHookExecutionId=event["LifecycleEventHookExecutionId"], status=status)
    return status
