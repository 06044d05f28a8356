from databricks.feature_engineering import FeatureEngineeringClient
from pyspark.sql import SparkSession

from churn.columns import LOOKUP_KEY

spark = SparkSession.builder.getOrCreate()
client = FeatureEngineeringClient()

customers = spark.read.table("main.crm.active_customers").select(LOOKUP_KEY)
scored = client.score_batch(model_uri="models:/main.crm.churn@champion", df=customers)
scored.write.mode("overwrite").saveAsTable("main.crm.churn_scores")
