"""Nightly check of the scored transactions against the training sample (PSI per feature)."""
import numpy as np
import pandas as pd


def psi(reference: pd.Series, current: pd.Series, bins: int = 10) -> float:
    edges = np.histogram_bin_edges(reference, bins=bins)
    ref = np.histogram(reference, edges)[0] / len(reference) + 1e-6
    cur = np.histogram(current, edges)[0] / len(current) + 1e-6
    return float(np.sum((cur - ref) * np.log(cur / ref)))


def main() -> None:
    reference = pd.read_parquet("data/train_sample.parquet")
    current = pd.read_parquet("data/scored_last_24h.parquet")
    drifted = {c: psi(reference[c], current[c]) for c in ("amount", "merchant_risk") if psi(reference[c], current[c]) > 0.2}
    if drifted:
        raise SystemExit(f"drift: {drifted}")


if __name__ == "__main__":
    main()
