"""Nightly: compare this week's image statistics with the training set's."""

from alibi_detect.cd import KSDrift


def check(reference, current) -> bool:
    detector = KSDrift(reference, p_val=0.05)
    return bool(detector.predict(current)["data"]["is_drift"])
