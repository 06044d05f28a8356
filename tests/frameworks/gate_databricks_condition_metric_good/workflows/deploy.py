# Databricks notebook source
"""Job task: register the evaluated run and point the claims endpoint at the new version."""
import mlflow
from databricks.sdk import WorkspaceClient
from databricks.sdk.service.serving import ServedEntityInput

run_id = dbutils.jobs.taskValues.get(taskKey="train", key="run_id")  # noqa: F821
version = mlflow.register_model(f"runs:/{run_id}/model", "main.claims.severity_model")
WorkspaceClient().serving_endpoints.update_config_and_wait(
    name="claims-severity",
    served_entities=[ServedEntityInput(entity_name="main.claims.severity_model", entity_version=version.version, workload_size="Small")],
)
