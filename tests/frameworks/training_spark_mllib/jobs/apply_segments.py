from pyspark.ml import PipelineModel
from pyspark.sql import SparkSession

spark = SparkSession.builder.getOrCreate()
model = PipelineModel.load("dbfs:/models/store_segments")
model.transform(spark.read.table("stores")).write.saveAsTable("store_segments")
