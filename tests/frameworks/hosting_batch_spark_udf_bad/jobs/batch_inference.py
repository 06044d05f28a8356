import mlflow
from pyspark.sql import SparkSession

from churn.training import FEATURES

spark = SparkSession.builder.getOrCreate()
predict = mlflow.pyfunc.spark_udf(spark, model_uri="models:/churn@champion", result_type="double")

customers = spark.read.table("main.crm.customer_features")
scored = customers.withColumn("churn_probability", predict(*FEATURES))
scored.write.mode("overwrite").saveAsTable("main.crm.churn_scores")
