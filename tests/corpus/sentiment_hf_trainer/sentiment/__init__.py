"""Review sentiment model. Serving code imports only ``sentiment.inference``."""
from sentiment.inference import SentimentClassifier

__all__ = ["SentimentClassifier"]
