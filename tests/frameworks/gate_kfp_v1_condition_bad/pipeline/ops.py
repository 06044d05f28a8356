"""KFP v1 components built from Python functions."""
from kfp.components import create_component_from_func


@create_component_from_func
def train_op(data_path: str) -> str:
    import joblib
    import pandas as pd
    from sklearn.linear_model import LogisticRegression

    frame = pd.read_csv(data_path)
    joblib.dump(LogisticRegression(max_iter=500).fit(frame.drop(columns=["y"]), frame["y"]), "/tmp/model.joblib")
    return "/tmp/model.joblib"


@create_component_from_func
def eval_op(model_path: str, data_path: str) -> float:
    import joblib
    import pandas as pd
    from sklearn.metrics import roc_auc_score

    frame = pd.read_csv(data_path)
    return float(roc_auc_score(frame["y"], joblib.load(model_path).predict_proba(frame.drop(columns=["y"]))[:, 1]))


@create_component_from_func
def register_op(model_path: str) -> None:
    import mlflow

    mlflow.register_model(model_path, "leads-logreg")


@create_component_from_func
def deploy_op(model_name: str) -> None:
    from mlflow.deployments import get_deploy_client

    client = get_deploy_client("sagemaker")
    client.create_deployment(name="leads", model_uri=f"models:/{model_name}/latest")
