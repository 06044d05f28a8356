"""Offline metrics used in training reports and the service's /explain endpoint."""
from __future__ import annotations

import numpy as np
from sklearn.metrics import average_precision_score, precision_recall_curve, roc_auc_score


def fraud_metrics(y_true, scores) -> dict[str, float]:
    return {
        "auc": float(roc_auc_score(y_true, scores)),
        "pr_auc": float(average_precision_score(y_true, scores)),
    }


def recall_at_alert_rate(y_true, scores, alert_rate: float = 0.005) -> float:
    cutoff = np.quantile(scores, 1.0 - alert_rate)
    flagged = scores >= cutoff
    return float((flagged & (np.asarray(y_true) == 1)).sum() / max(1, (np.asarray(y_true) == 1).sum()))


def threshold_for_precision(y_true, scores, target: float = 0.3) -> float:
    precision, _, thresholds = precision_recall_curve(y_true, scores)
    ok = np.where(precision[:-1] >= target)[0]
    return float(thresholds[ok[0]]) if len(ok) else 1.0
