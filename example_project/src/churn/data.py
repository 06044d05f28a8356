"""Load the monthly CRM extract and turn it into a clean modelling table."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split

from churn.config import ID_COLUMN, RANDOM_STATE, SNAPSHOT_COLUMN, TARGET

logger = logging.getLogger(__name__)

_YES_NO = {"yes": 1, "no": 0, "y": 1, "n": 0, "true": 1, "false": 0}
_MAX_TENURE_MONTHS = 240


def load_raw(path: Path) -> pd.DataFrame:
    """Read one CRM extract; Parquet and CSV are both produced by the export job."""
    if path.suffix == ".parquet":
        frame = pd.read_parquet(path)
    else:
        frame = pd.read_csv(path, parse_dates=[SNAPSHOT_COLUMN], dtype={ID_COLUMN: "string"})
    logger.info("loaded %d rows x %d columns from %s", len(frame), frame.shape[1], path)
    return frame


def clean(frame: pd.DataFrame) -> pd.DataFrame:
    """Normalise column names and types, drop duplicates and impossible values."""
    frame = frame.rename(columns=lambda c: c.strip().lower().replace(" ", "_"))
    frame = frame.drop_duplicates(subset=[ID_COLUMN, SNAPSHOT_COLUMN], keep="last")

    for column in ("paperless_billing", "partner", "dependents", TARGET):
        if column in frame:
            frame[column] = frame[column].astype("string").str.lower().map(_YES_NO).astype("Int8")

    frame["total_charges"] = pd.to_numeric(frame["total_charges"], errors="coerce")
    frame["total_charges"] = frame["total_charges"].fillna(frame["monthly_charges"] * frame["tenure_months"])
    frame = frame[frame["tenure_months"].between(0, _MAX_TENURE_MONTHS)]
    frame["support_tickets_90d"] = frame["support_tickets_90d"].fillna(0).astype(np.int32)

    dropped = frame[TARGET].isna().sum() if TARGET in frame else 0
    if dropped:
        logger.warning("dropping %d rows without a churn label", dropped)
        frame = frame.dropna(subset=[TARGET])
    return frame.reset_index(drop=True)


def split(frame: pd.DataFrame, valid_size: float = 0.2) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Stratified train/validation split on the churn label."""
    train, valid = train_test_split(frame, test_size=valid_size, stratify=frame[TARGET], random_state=RANDOM_STATE)
    logger.info("split: %d train rows, %d validation rows (churn rate %.3f)", len(train), len(valid), train[TARGET].mean())
    return train, valid
