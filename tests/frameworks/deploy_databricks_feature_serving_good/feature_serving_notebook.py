# Databricks notebook source
# MAGIC %md Serve the house features for the mobile app's price widget.

# COMMAND ----------
from databricks.sdk import WorkspaceClient
from databricks.sdk.service.serving import EndpointCoreConfigInput, ServedEntityInput

workspace = WorkspaceClient()
spec_name = "main.housing.house_features_spec"

# COMMAND ----------
workspace.serving_endpoints.create(
    name="house-features-adhoc",
    config=EndpointCoreConfigInput(
        served_entities=[ServedEntityInput(entity_name=spec_name, workload_size="Small", scale_to_zero_enabled=True)]
    ),
)
