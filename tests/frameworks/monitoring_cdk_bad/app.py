"""CDK app for the fraud endpoint."""

import aws_cdk as cdk

from infra.endpoint_stack import FraudEndpointStack

app = cdk.App()
context = app.node.try_get_context("fraud")
FraudEndpointStack(app, "FraudEndpoint", model_data=context["model_data"], image_uri=context["image_uri"], role_arn=context["role_arn"])
app.synth()
