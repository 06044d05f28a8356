"""CDK app: the fraud endpoint and its monitors, deployed together by `cdk deploy`."""

import aws_cdk as cdk

from infra.endpoint_stack import FraudEndpointStack
from infra.monitoring_stack import FraudMonitoringStack

app = cdk.App()
context = app.node.try_get_context("fraud")
endpoint = FraudEndpointStack(app, "FraudEndpoint", model_data=context["model_data"], image_uri=context["image_uri"], role_arn=context["role_arn"], capture_uri=context["capture_uri"])
monitoring = FraudMonitoringStack(app, "FraudMonitoring", endpoint_name="fraud-prod", role_arn=context["role_arn"], baseline_uri=context["baseline_uri"], reports_uri=context["reports_uri"], images=context["images"])
monitoring.add_dependency(endpoint)
app.synth()
