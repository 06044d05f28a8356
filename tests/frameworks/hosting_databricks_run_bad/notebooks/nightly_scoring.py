# Databricks notebook source
# MAGIC %run ./churn_common

# COMMAND ----------

score_udf = mlflow.pyfunc.spark_udf(spark, model_uri="models:/churn/Production", result_type="double")

customers = spark.read.table("crm.customer_features")
scored = customers.withColumn("churn_score", score_udf(*FEATURES))

# COMMAND ----------

scored.write.mode("overwrite").saveAsTable("crm.churn_scores")
