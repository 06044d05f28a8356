"""Claims-severity pipeline: train, evaluate, register, then deploy through a Lambda step."""

from sagemaker.lambda_helper import Lambda
from sagemaker.model_monitor import DefaultModelMonitor
from sagemaker.workflow.condition_step import ConditionStep
from sagemaker.workflow.conditions import ConditionGreaterThanOrEqualTo
from sagemaker.workflow.functions import JsonGet
from sagemaker.workflow.lambda_step import LambdaStep
from sagemaker.workflow.pipeline import Pipeline


def build(role, train_step, evaluate_step, evaluation_report, register_step):
    deployer = Lambda(
        function_name="claims-severity-deployer",
        execution_role_arn=role,
        script="endpoint_deployer.py",
        handler="endpoint_deployer.handler",
        timeout=300,
    )
    deploy_step = LambdaStep(
        name="DeployClaimsSeverity",
        lambda_func=deployer,
        inputs={"model_name": "claims-severity", "package_arn": register_step.properties.ModelPackageArn, "role": role,
                "config_name": "claims-severity-config", "endpoint_name": "claims-severity"},
    )
    r2_at_least = ConditionGreaterThanOrEqualTo(
        left=JsonGet(step_name=evaluate_step.name, property_file=evaluation_report, json_path="regression_metrics.r2.value"),
        right=0.7,
    )
    release = ConditionStep(name="R2AboveBar", conditions=[r2_at_least], if_steps=[register_step, deploy_step], else_steps=[])
    return Pipeline(name="claims-severity", steps=[train_step, evaluate_step, release])


def watch(role, endpoint_name):
    monitor = DefaultModelMonitor(role=role, instance_count=1, instance_type="ml.m5.large")
    monitor.create_monitoring_schedule(endpoint_input=endpoint_name, schedule_cron_expression="cron(0 * ? * * *)")
