"""Point the Databricks serving endpoint at a registered model version."""

from databricks.sdk import WorkspaceClient
from databricks.sdk.service.serving import EndpointCoreConfigInput, ServedModelInput


class EndpointDeployer:
    def __init__(self, endpoint: str, model_name: str) -> None:
        self.endpoint = endpoint
        self.model_name = model_name
        self.workspace = WorkspaceClient()

    def roll_to(self, version: str) -> None:
        served = ServedModelInput(model_name=self.model_name, model_version=version, workload_size="Small", scale_to_zero_enabled=True)
        self.workspace.serving_endpoints.update_config(name=self.endpoint, config=EndpointCoreConfigInput(served_models=[served]))
