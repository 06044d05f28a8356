"""Ratios shared by training and scoring."""
import pandas as pd


def add_ratios(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.assign(debt_to_income=frame["debt"] / frame["income"])
