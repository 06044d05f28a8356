"""Training and evaluation components."""
from kfp import dsl


@dsl.component(base_image="python:3.11", packages_to_install=["pandas", "scikit-learn"])
def train_forecaster(weeks: int, model: dsl.Output[dsl.Model]):
    import joblib
    import pandas as pd
    from sklearn.ensemble import HistGradientBoostingRegressor

    history = pd.read_parquet("gs://demand/history.parquet").tail(weeks * 7)
    regressor = HistGradientBoostingRegressor().fit(history.drop(columns=["units"]), history["units"])
    joblib.dump(regressor, model.path)


@dsl.component(base_image="python:3.11", packages_to_install=["pandas", "scikit-learn"])
def evaluate_forecaster(model: dsl.Input[dsl.Model], metrics: dsl.Output[dsl.Metrics]):
    import joblib
    import pandas as pd
    from sklearn.metrics import mean_absolute_percentage_error

    holdout = pd.read_parquet("gs://demand/holdout.parquet")
    regressor = joblib.load(model.path)
    metrics.log_metric("mape", mean_absolute_percentage_error(holdout["units"], regressor.predict(holdout.drop(columns=["units"]))))
