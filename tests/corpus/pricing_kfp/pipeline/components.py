"""Lightweight KFP v2 components for the dynamic pricing model."""
from kfp import dsl
from kfp.dsl import Dataset, Input, Metrics, Model, Output

BASE_IMAGE = "europe-docker.pkg.dev/pricing-ml/images/pricing-base:2024.03"


@dsl.component(base_image=BASE_IMAGE)
def prepare_data(source_table: str, train: Output[Dataset], test: Output[Dataset]):
    import pandas as pd
    from google.cloud import bigquery

    df = bigquery.Client().query(f"select * from `{source_table}`").to_dataframe()
    df = df.sample(frac=1.0, random_state=3)
    split = int(len(df) * 0.8)
    df.iloc[:split].to_parquet(train.path)
    df.iloc[split:].to_parquet(test.path)


@dsl.component(base_image=BASE_IMAGE)
def train_model(train: Input[Dataset], model: Output[Model], n_estimators: int = 600):
    import joblib
    import pandas as pd
    from sklearn.ensemble import GradientBoostingRegressor

    df = pd.read_parquet(train.path)
    reg = GradientBoostingRegressor(n_estimators=n_estimators, max_depth=4, learning_rate=0.03, subsample=0.8)
    reg.fit(df.drop(columns=["price_elasticity"]), df["price_elasticity"])
    joblib.dump(reg, model.path)


@dsl.component(base_image=BASE_IMAGE)
def evaluate_model(test: Input[Dataset], model: Input[Model], metrics: Output[Metrics]) -> float:
    import joblib
    import pandas as pd
    from sklearn.metrics import mean_squared_error

    df = pd.read_parquet(test.path)
    reg = joblib.load(model.path)
    rmse = mean_squared_error(df["price_elasticity"], reg.predict(df.drop(columns=["price_elasticity"])), squared=False)
    metrics.log_metric("rmse", rmse)
    return float(rmse)


@dsl.component(base_image=BASE_IMAGE)
def promote_model(model: Input[Model], tracking_uri: str, model_name: str):
    import mlflow
    import mlflow.sklearn
    import joblib

    mlflow.set_tracking_uri(tracking_uri)
    with mlflow.start_run():
        info = mlflow.sklearn.log_model(joblib.load(model.path), "model")
    version = mlflow.register_model(info.model_uri, model_name)
    mlflow.MlflowClient().set_registered_model_alias(model_name, "champion", version.version)


@dsl.component(base_image=BASE_IMAGE)
def drift_check(reference: Input[Dataset], current_table: str, report: Output[Metrics]):
    import nannyml as nml
    import pandas as pd
    from google.cloud import bigquery

    ref = pd.read_parquet(reference.path)
    cur = bigquery.Client().query(f"select * from `{current_table}`").to_dataframe()
    calc = nml.UnivariateDriftCalculator(column_names=[c for c in ref.columns if c != "price_elasticity"], chunk_size=5000)
    calc.fit(ref)
    drifted = calc.calculate(cur).filter(period="analysis").to_df()
    report.log_metric("drifted_features", int(drifted.filter(like="alert").sum().sum()))
