"""Weekly job: compare the token-length distribution of this week's reviews with the training reviews."""
import json
import sys

from scipy.stats import ks_2samp


def review_length_drift(reference_lengths, current_lengths, alpha: float = 0.01) -> dict:
    result = ks_2samp(reference_lengths, current_lengths)
    return {"statistic": float(result.statistic), "drifted": bool(result.pvalue < alpha)}


if __name__ == "__main__":
    with open(sys.argv[1]) as ref, open(sys.argv[2]) as cur:
        report = review_length_drift([len(l.split()) for l in ref], [len(l.split()) for l in cur])
    json.dump(report, sys.stdout)
