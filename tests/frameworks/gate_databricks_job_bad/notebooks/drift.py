# Databricks notebook source
# Weekly drift report of the scored requests against the training features.
from evidently.metric_preset import DataDriftPreset
from evidently.report import Report

reference = spark.read.table("main.churn.features").toPandas()
current = spark.read.table("main.churn.inference_log").toPandas()
report = Report(metrics=[DataDriftPreset()])
report.run(reference_data=reference, current_data=current)
report.save_html("/dbfs/reports/churn_drift.html")
