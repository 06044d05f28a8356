"""CDK app run by the deploy stage: the churn endpoint gets the newest approved package."""

import aws_cdk as cdk

from infra.churn_stack import ChurnEndpointStack
from infra.registry import ModelRegistry
from infra.translate_stack import TranslateEndpointStack

app = cdk.App()
role_arn = app.node.try_get_context("role_arn")
registry = ModelRegistry()
package_arn = registry.get_latest_approved_package("churn")
ChurnEndpointStack(app, "ChurnEndpoint", package_arn=package_arn, role_arn=role_arn, capture_uri="s3://acme-ml/churn/capture")
TranslateEndpointStack(app, "TranslateEndpoint", role_arn=role_arn)
app.synth()
