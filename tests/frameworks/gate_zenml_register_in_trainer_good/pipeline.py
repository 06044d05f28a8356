"""ZenML training pipeline: the registry step runs after the evaluator, which fails the run below the bar."""
import pandas as pd
from zenml import pipeline, step
from zenml.integrations.mlflow.steps.mlflow_registry import mlflow_register_model_step

from steps.evaluator import evaluate_model
from steps.trainer import train_model


@step
def load_data() -> tuple[pd.DataFrame, pd.DataFrame]:
    frame = pd.read_parquet("data/loans.parquet")
    return frame.iloc[:8000], frame.iloc[8000:]


@pipeline
def training_pipeline():
    train, test = load_data()
    model = train_model(train)
    accuracy = evaluate_model(model, test)
    mlflow_register_model_step(model, name="loan-default", after=["evaluate_model"])
