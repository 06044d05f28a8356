"""CDK app for the demand forecaster: `cdk deploy -c model_data_url=s3://...` after training."""

import aws_cdk as cdk

from infra.endpoint_stack import DemandEndpointStack

app = cdk.App()
DemandEndpointStack(
    app,
    "DemandEndpoint",
    model_data_url=app.node.try_get_context("model_data_url"),
    image_uri=app.node.try_get_context("image_uri"),
    role_arn=app.node.try_get_context("role_arn"),
)
app.synth()
