"""Drift check: ticket length distribution of recent traffic against the training sample."""

from scipy.stats import ks_2samp


def watch_drift(reference_texts: list[str], current_texts: list[str]) -> None:
    reference = [len(t) for t in reference_texts]
    current = [len(t) for t in current_texts]
    if ks_2samp(reference, current).pvalue < 0.01:
        raise RuntimeError("ticket length drift")
