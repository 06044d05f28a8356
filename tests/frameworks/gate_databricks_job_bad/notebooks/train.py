# Databricks notebook source
import mlflow
from sklearn.ensemble import GradientBoostingClassifier

mlflow.set_registry_uri("databricks-uc")
model_name = dbutils.widgets.get("model_name")

# COMMAND ----------

features = spark.read.table("main.churn.features").toPandas()
clf = GradientBoostingClassifier().fit(features.drop(columns=["churned"]), features["churned"])
with mlflow.start_run():
    mlflow.sklearn.log_model(clf, "model", input_example=features.head(5))
