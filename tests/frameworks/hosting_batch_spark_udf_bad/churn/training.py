import mlflow
from pyspark.ml import Pipeline
from pyspark.ml.classification import GBTClassifier
from pyspark.ml.feature import VectorAssembler

FEATURES = ["tenure_months", "monthly_spend", "support_tickets", "late_payments"]


def fit(train_df):
    assembler = VectorAssembler(inputCols=FEATURES, outputCol="features")
    model = Pipeline(stages=[assembler, GBTClassifier(labelCol="churned", maxIter=60)]).fit(train_df)
    mlflow.spark.log_model(model, "model", registered_model_name="churn")
    return model
