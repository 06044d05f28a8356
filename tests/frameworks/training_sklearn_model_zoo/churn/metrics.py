"""Metrics shared by the benchmark and the offline report: imports sklearn, trains nothing."""
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score


def summarise(name, y_true, scores):
    return {
        "model": name,
        "auc": roc_auc_score(y_true, scores),
        "ap": average_precision_score(y_true, scores),
        "brier": brier_score_loss(y_true, scores),
    }
