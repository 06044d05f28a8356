"""Joins scored customers with their observed churn outcome and refreshes the rolling AUC."""

import pandas as pd
from sklearn.metrics import roc_auc_score

from monitoring.gauges import ROLLING_AUC


def refresh_rolling_auc(scores: pd.DataFrame, outcomes: pd.DataFrame, hours: int = 24) -> None:
    cutoff = pd.Timestamp.utcnow() - pd.Timedelta(hours=hours)
    recent = scores[scores["scored_at"] >= cutoff].merge(outcomes, on="customer_id")
    if recent["churned"].nunique() == 2:
        ROLLING_AUC.set(roc_auc_score(recent["churned"], recent["score"]))
