"""ZenML step: fail the run when the test accuracy misses the bar."""
import pandas as pd
from sklearn.base import ClassifierMixin
from zenml import step


@step
def evaluate_model(model: ClassifierMixin, test: pd.DataFrame, target: str = "label", min_accuracy: float = 0.8) -> float:
    accuracy = model.score(test.drop(columns=[target]), test[target])
    if accuracy < min_accuracy:
        raise RuntimeError(f"accuracy {accuracy:.3f} is below {min_accuracy}")
    return accuracy
