"""Nightly run: score the active customers with the stored classifier."""
from kedro.pipeline import Pipeline, node

from .nodes import predict_churn


def create_pipeline(**kwargs) -> Pipeline:
    return Pipeline(
        [node(func=predict_churn, inputs=["classifier", "active_customers"], outputs="churn_scores", name="nightly_scores")]
    )
