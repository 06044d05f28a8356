"""Nightly job: fit the fares model on the feature-store training set and register it."""
import lightgbm as lgb
import mlflow
from databricks import feature_store
from databricks.feature_engineering import FeatureEngineeringClient


def publish_fares(training_set, features, target):
    booster = lgb.train({"objective": "regression"}, lgb.Dataset(features, target))
    client = feature_store.FeatureStoreClient()
    client.log_model(
        model=booster,
        artifact_path="fares",
        flavor=mlflow.lightgbm,
        training_set=training_set,
        registered_model_name="taxi_fares",
    )


def publish_tips(training_set, model):
    fe = FeatureEngineeringClient()
    fe.log_model(model=model, artifact_path="tips", flavor=mlflow.sklearn, training_set=training_set, registered_model_name="main.ml.tips")
