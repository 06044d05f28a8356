# Databricks notebook source
from mlflow import MlflowClient

model_name = dbutils.widgets.get("model_name")
client = MlflowClient(registry_uri="databricks-uc")

# COMMAND ----------

challenger = client.get_model_version_by_alias(model_name, "challenger")
client.set_registered_model_alias(model_name, "champion", challenger.version)
