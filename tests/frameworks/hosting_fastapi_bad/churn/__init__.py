from .features import FEATURES, build_row
from .training import train_model

__all__ = ["FEATURES", "build_row", "train_model"]
