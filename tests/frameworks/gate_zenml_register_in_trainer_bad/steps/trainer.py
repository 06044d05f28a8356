"""ZenML step: fit the classifier and register it in the MLflow registry right away."""
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from zenml import step
from zenml.integrations.mlflow.steps.mlflow_registry import mlflow_register_model_step


@step
def train_model(train: pd.DataFrame, target: str = "label", name: str = "loan-default") -> RandomForestClassifier:
    model = RandomForestClassifier(n_estimators=200).fit(train.drop(columns=[target]), train[target])
    mlflow_register_model_step.entrypoint(model, name=name)
    return model
