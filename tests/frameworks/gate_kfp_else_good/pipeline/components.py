"""KFP v2 lightweight components for the churn pipeline."""
from kfp import dsl
from kfp.dsl import Input, Model, Output


@dsl.component(base_image="python:3.11", packages_to_install=["scikit-learn", "pandas", "joblib"])
def train(table: str, model: Output[Model]):
    import joblib
    import pandas as pd
    from sklearn.ensemble import RandomForestClassifier

    frame = pd.read_parquet(table)
    clf = RandomForestClassifier(n_estimators=300).fit(frame.drop(columns=["churned"]), frame["churned"])
    joblib.dump(clf, model.path)


@dsl.component(base_image="python:3.11", packages_to_install=["scikit-learn", "pandas", "joblib"])
def evaluate(model: Input[Model], holdout: str) -> float:
    import joblib
    import pandas as pd
    from sklearn.metrics import f1_score

    frame = pd.read_parquet(holdout)
    return float(f1_score(frame["churned"], joblib.load(model.path).predict(frame.drop(columns=["churned"]))))


@dsl.component(base_image="python:3.11", packages_to_install=["mlflow"])
def promote(model: Input[Model], alias: str):
    import mlflow

    version = mlflow.register_model(model.uri, "churn-rf")
    mlflow.MlflowClient().set_registered_model_alias("churn-rf", alias, version.version)


@dsl.component(base_image="python:3.11")
def notify(message: str):
    print(message)
