import numpy as np
from sklearn.metrics import average_precision_score, precision_recall_curve


def best_threshold(errors: np.ndarray, labels: np.ndarray) -> float:
    precision, recall, thresholds = precision_recall_curve(labels, errors)
    f1 = 2 * precision * recall / np.clip(precision + recall, 1e-9, None)
    return float(thresholds[np.argmax(f1[:-1])])


def pr_auc(errors: np.ndarray, labels: np.ndarray) -> float:
    return float(average_precision_score(labels, errors))
