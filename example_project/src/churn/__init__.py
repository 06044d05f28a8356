"""Customer churn model: data preparation, training, evaluation and release tooling."""

__version__ = "0.4.0"

__all__ = ["__version__"]
