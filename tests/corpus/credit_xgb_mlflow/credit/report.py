"""Monthly model report for the risk committee.

Covers population stability and drift of the score distribution (computed by the
BI team in Looker; this module only formats the numbers).
"""
import pandas as pd


def format_report(stats: pd.DataFrame) -> str:
    return stats.to_markdown(index=False)
