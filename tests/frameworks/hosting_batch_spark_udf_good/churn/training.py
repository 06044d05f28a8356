from pyspark.ml import Pipeline
from pyspark.ml.classification import GBTClassifier
from pyspark.ml.feature import VectorAssembler

from churn.columns import FEATURES


def fit(train_df):
    assembler = VectorAssembler(inputCols=FEATURES, outputCol="features")
    return Pipeline(stages=[assembler, GBTClassifier(labelCol="churned", maxIter=60)]).fit(train_df)
