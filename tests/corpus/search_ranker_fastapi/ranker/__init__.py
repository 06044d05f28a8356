"""Learning-to-rank for product search."""
__version__ = "2.0.1"
