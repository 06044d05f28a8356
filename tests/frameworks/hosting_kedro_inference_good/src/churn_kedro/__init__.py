"""Churn model as a Kedro project."""
