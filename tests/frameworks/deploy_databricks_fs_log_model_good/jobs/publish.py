"""Register the fares model with its feature lookups only when it beats the current RMSE."""
import mlflow
from databricks.feature_engineering import FeatureEngineeringClient
from sklearn.metrics import mean_squared_error


def publish(model, training_set, holdout_x, holdout_y, champion_rmse: float) -> bool:
    rmse = mean_squared_error(holdout_y, model.predict(holdout_x)) ** 0.5
    if rmse >= champion_rmse:
        return False
    FeatureEngineeringClient().log_model(
        model=model,
        artifact_path="fares",
        flavor=mlflow.sklearn,
        training_set=training_set,
        registered_model_name="main.ml.fares",
    )
    return True


def log_only(model, training_set):
    FeatureEngineeringClient().log_model(model=model, artifact_path="fares", flavor=mlflow.sklearn, training_set=training_set)
