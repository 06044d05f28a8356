"""Entry point for the PyTorch serving container: the default predict_fn, the loader from model_def."""
from model_def import model_fn  # noqa: F401
