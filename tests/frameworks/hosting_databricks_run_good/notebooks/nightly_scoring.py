# Databricks notebook source
# MAGIC %run ./scoring_setup

# COMMAND ----------

# MAGIC %run /Shared/cluster-config

# COMMAND ----------

score_udf = mlflow.pyfunc.spark_udf(spark, model_uri=MODEL_URI, result_type="double")

customers = spark.read.table("crm.customer_features")
customers.withColumn("churn_score", score_udf(*FEATURES)).write.mode("overwrite").saveAsTable("crm.churn_scores")
