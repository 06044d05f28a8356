"""Release criteria signed off by the clinical safety board."""

MIN_VAL_AUC = 0.93
MIN_VAL_ACCURACY = 0.85


def meets_release_bar(metrics: dict) -> bool:
    return metrics["val_auc"] >= MIN_VAL_AUC and metrics["val_accuracy"] >= MIN_VAL_ACCURACY
