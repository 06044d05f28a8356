"""Acceptance criteria for the claims classifier."""
from sklearn.metrics import balanced_accuracy_score


def require_accuracy(model, features, labels, floor=0.8):
    accuracy = balanced_accuracy_score(labels, model.predict(features))
    if accuracy < floor:
        raise ValueError(f"balanced accuracy {accuracy:.3f} below {floor}")
    return accuracy
