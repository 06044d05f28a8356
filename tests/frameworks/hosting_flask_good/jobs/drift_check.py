"""Cron job: MMD drift between the training sample and last week's quote requests."""
import numpy as np
from alibi_detect.cd import MMDDrift


def check(reference: np.ndarray, recent: np.ndarray) -> bool:
    detector = MMDDrift(reference, backend="pytorch", p_val=0.05)
    return bool(detector.predict(recent)["data"]["is_drift"])
