# Databricks notebook source
# MAGIC %run ./scoring_setup

# COMMAND ----------

from sklearn.ensemble import GradientBoostingClassifier

frame = spark.read.table("crm.customer_features").toPandas()
model = GradientBoostingClassifier(n_estimators=300).fit(frame[FEATURES], frame["churned"])
