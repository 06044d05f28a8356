"""Churn modelling package.

Everything a caller needs is re-exported here so notebooks can just ``import churn``.
"""
from churn.features import FEATURE_COLUMNS, build_features
from churn.train import train_model, TrainResult
from churn.predict import ChurnScorer

__all__ = ["FEATURE_COLUMNS", "build_features", "train_model", "TrainResult", "ChurnScorer"]
__version__ = "0.4.2"
