import pandas as pd
from zenml import step


@step
def evaluate_predictions(model, holdout: pd.DataFrame, target: pd.Series) -> float:
    """Offline check of a candidate: predicts on held-out rows and returns the accuracy."""
    predicted = model.predict(holdout)
    return float((predicted == target).mean())
