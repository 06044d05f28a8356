"""Data drift monitoring.

TODO: wire Evidently DataDriftPreset / alibi-detect KSDrift here once captured data lands in S3.
"""

import pandas as pd


def detect_drift(current: pd.DataFrame) -> dict:
    # drift check: for now we only look at summary statistics of the live batch
    return current.describe().to_dict()
