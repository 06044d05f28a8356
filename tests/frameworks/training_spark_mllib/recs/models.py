from pyspark.ml.classification import RandomForestClassifier
from pyspark.ml.clustering import KMeans
from pyspark.ml.evaluation import RegressionEvaluator
from pyspark.ml.recommendation import ALS
from pyspark.ml.regression import GBTRegressor
from pyspark.ml.tuning import CrossValidator, ParamGridBuilder


def basket_recommender(ratings):
    als = ALS(userCol="user_id", itemCol="sku", ratingCol="purchases", implicitPrefs=True, coldStartStrategy="drop")
    grid = ParamGridBuilder().addGrid(als.rank, [16, 32]).addGrid(als.regParam, [0.01, 0.1]).build()
    search = CrossValidator(estimator=als, estimatorParamMaps=grid, evaluator=RegressionEvaluator(labelCol="purchases"), numFolds=3)
    return search.fit(ratings).bestModel


def plain_als(ratings):
    return ALS(userCol="user_id", itemCol="sku", ratingCol="purchases").fit(ratings)


def returns_classifier(orders):
    return RandomForestClassifier(labelCol="returned", numTrees=200).fit(orders)


def spend_regressor(customers):
    return GBTRegressor(labelCol="next_month_spend", maxIter=80).fit(customers)


def store_clusters(stores):
    return KMeans(k=8, featuresCol="features").fit(stores)
