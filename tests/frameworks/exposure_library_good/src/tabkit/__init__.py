"""tabkit: small helpers for tabular models (feature encoders, calibrated wrappers, metrics)."""

from tabkit.calibration import CalibratedModel
from tabkit.metrics import expected_calibration_error

__all__ = ["CalibratedModel", "expected_calibration_error"]
