"""Monthly stability report: how far have the applicants' scores moved since training?"""
import json

import numpy as np


def stability_index(expected, actual, n_bins: int = 10) -> float:
    def bucket_shares(values, edges):
        counts, _ = np.histogram(values, edges)
        return np.clip(counts / len(values), 1e-4, None)

    def term(e_share, a_share):
        return (e_share - a_share) * np.log(e_share / a_share)

    edges = np.percentile(expected, np.linspace(0, 100, n_bins + 1))
    return float(np.sum(term(bucket_shares(expected, edges), bucket_shares(actual, edges))))


def drift_job(month: str) -> None:
    training = np.load("artifacts/training_scores.npy")
    scored = np.load(f"scores/{month}.npy")
    value = stability_index(training, scored)
    with open(f"reports/stability-{month}.json", "w") as fh:
        json.dump({"psi": value, "alert": value > 0.25}, fh)
