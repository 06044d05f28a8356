"""Job task: point the claims endpoint at the version the evaluate task registered."""
from databricks.sdk import WorkspaceClient
from databricks.sdk.service.serving import ServedEntityInput

version = dbutils.jobs.taskValues.get(taskKey="evaluate", key="model_version")  # noqa: F821
WorkspaceClient().serving_endpoints.update_config_and_wait(
    name="claims-severity",
    served_entities=[ServedEntityInput(entity_name="main.claims.severity_model", entity_version=version, workload_size="Small")],
)
