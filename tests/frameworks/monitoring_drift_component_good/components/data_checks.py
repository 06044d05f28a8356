"""Pipeline components that check each new scoring batch before it is scored."""
from typing import NamedTuple

from kfp.dsl import HTML, Dataset, Input, Output


def feature_drift_check(
    batch_a: Input[Dataset],
    batch_b: Input[Dataset],
    numeric_threshold: float,
    report: Output[HTML],
) -> NamedTuple("Outputs", [("drift_found", bool), ("scores", str)]):
    import json

    import numpy as np
    import pandas as pd
    from scipy.stats import wasserstein_distance

    def scaled_distance(left, right):
        low, high = np.percentile(np.append(left, right), [1, 99])
        if high == low:
            return 0.0
        return wasserstein_distance((left - low) / (high - low), (right - low) / (high - low))

    frame_a, frame_b = pd.read_parquet(batch_a.path), pd.read_parquet(batch_b.path)
    scores = {col: scaled_distance(frame_a[col].to_numpy(), frame_b[col].to_numpy()) for col in frame_a.select_dtypes("number")}
    with open(report.path, "w") as fh:
        fh.write("<table>" + "".join(f"<tr><td>{k}</td><td>{v:.3f}</td></tr>" for k, v in scores.items()) + "</table>")
    return (any(v > numeric_threshold for v in scores.values()), json.dumps(scores))
