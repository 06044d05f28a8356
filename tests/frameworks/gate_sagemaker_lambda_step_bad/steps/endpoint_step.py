"""A reusable pipeline step that deploys a registered model through a Lambda function."""
import os

from sagemaker.lambda_helper import Lambda
from sagemaker.workflow.lambda_step import LambdaOutput, LambdaOutputTypeEnum, LambdaStep
from sagemaker.workflow.step_collections import StepCollection


class EndpointDeployment(StepCollection):
    def __init__(self, name: str, model_package_arn, role: str, lambda_role: str, instance_type: str = "ml.m5.large"):
        handler_file = os.path.join(os.path.dirname(os.path.abspath(__file__)), "endpoint_handler.py")
        function = Lambda(function_name=f"{name}-deployer", execution_role_arn=lambda_role, script=handler_file, handler="endpoint_handler.handler")
        self.name = name
        self.steps = [
            LambdaStep(
                name=f"{name}-deploy",
                lambda_func=function,
                inputs={"model_name": name, "endpoint_name": name, "model_package_arn": model_package_arn, "role": role, "instance_type": instance_type},
                outputs=[LambdaOutput(output_name="statusCode", output_type=LambdaOutputTypeEnum.String)],
            )
        ]
