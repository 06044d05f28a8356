"""ZenML training pipeline: load, train (registers inside), evaluate."""
import pandas as pd
from zenml import pipeline, step

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
    evaluate_model(model, test)
