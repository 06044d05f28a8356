"""Report the claims classifier's quality (logged only)."""
import mlflow
from sklearn.metrics import balanced_accuracy_score


def require_accuracy(model, features, labels, floor=0.8):
    accuracy = balanced_accuracy_score(labels, model.predict(features))
    mlflow.log_metric("balanced_accuracy", accuracy)
    mlflow.log_metric("meets_floor", float(accuracy >= floor))
    return accuracy
