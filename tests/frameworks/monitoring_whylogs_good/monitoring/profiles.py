"""Profile each day's scored requests with whylogs and compare with the training profile."""

import pandas as pd
import whylogs as why
from whylogs.viz.drift.column_drift_algorithms import calculate_drift_scores


def daily_drift(training: pd.DataFrame, scored: pd.DataFrame) -> dict:
    reference_view = why.log(training).view()
    target_view = why.log(scored).view()
    return calculate_drift_scores(target_view=target_view, reference_view=reference_view, with_thresholds=True)
