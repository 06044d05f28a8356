"""Model package: training and loading."""
from .trainer import fit_model
from .store import load_model
