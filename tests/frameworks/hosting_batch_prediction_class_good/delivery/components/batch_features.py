"""Nightly feature build: turns raw orders into the model's feature table (no model involved)."""
import pandas as pd


class BatchFeatureBuilder:
    def build(self, orders: pd.DataFrame) -> pd.DataFrame:
        features = orders.copy()
        features["hour"] = pd.to_datetime(features["ordered_at"]).dt.hour
        return features.drop(columns=["ordered_at"])
