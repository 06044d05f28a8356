import mlflow
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from zenml import step

FEATURES = ["freight_value", "price", "delivery_days"]


@step(experiment_tracker="mlflow_tracker")
def fit_regressor(frame: pd.DataFrame) -> RandomForestRegressor:
    mlflow.sklearn.autolog()
    model = RandomForestRegressor(n_estimators=200, max_depth=8)
    model.fit(frame[FEATURES], frame["review_score"])
    return model
