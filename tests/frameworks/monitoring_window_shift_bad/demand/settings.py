"""Knobs of the weekly job."""
WINDOW_WEEKS = 8
MEAN_SHIFT_LIMIT = 0.25
SPREAD_SHIFT_LIMIT = 0.4
