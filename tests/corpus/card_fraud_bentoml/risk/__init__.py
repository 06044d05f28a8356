"""Card fraud risk model: feature engineering and scoring helpers."""

from risk.features import FEATURE_COLUMNS, build_features

__all__ = ["FEATURE_COLUMNS", "build_features"]
__version__ = "3.4.1"
