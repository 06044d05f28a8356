"""Churn model package, installed into the API image with `pip install ./ml`."""
from churnkit.model import ChurnModel

__all__ = ["ChurnModel"]
