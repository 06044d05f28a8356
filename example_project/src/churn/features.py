"""Feature definitions and the preprocessing transformer.

Shared by training and serving: this module only *describes* features, it never fits
anything, so it is safe to import from the prediction service.
"""

from __future__ import annotations

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC_FEATURES: list[str] = [
    "tenure_months",
    "monthly_charges",
    "total_charges",
    "support_tickets_90d",
    "charges_per_month_of_tenure",
]
CATEGORICAL_FEATURES: list[str] = [
    "contract_type",
    "payment_method",
    "internet_service",
    "paperless_billing",
    "partner",
    "dependents",
]
FEATURE_COLUMNS: list[str] = NUMERIC_FEATURES + CATEGORICAL_FEATURES


def add_derived_features(frame: pd.DataFrame) -> pd.DataFrame:
    """Columns computed from the raw extract; applied identically at train and predict time."""
    tenure = frame["tenure_months"].clip(lower=1)
    return frame.assign(charges_per_month_of_tenure=frame["total_charges"] / tenure)


def build_preprocessor() -> ColumnTransformer:
    """An unfitted transformer: impute and scale numbers, one-hot encode categories."""
    numeric = make_pipeline(SimpleImputer(strategy="median"), StandardScaler())
    categorical = make_pipeline(
        SimpleImputer(strategy="most_frequent"),
        OneHotEncoder(handle_unknown="ignore", min_frequency=20),
    )
    return ColumnTransformer(
        transformers=[
            ("numeric", numeric, NUMERIC_FEATURES),
            ("categorical", categorical, CATEGORICAL_FEATURES),
        ],
        remainder="drop",
        verbose_feature_names_out=False,
    )
