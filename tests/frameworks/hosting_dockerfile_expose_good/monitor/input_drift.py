import numpy as np
from alibi_detect.cd import MMDDrift


def detector(reference_windows: np.ndarray) -> MMDDrift:
    return MMDDrift(reference_windows, backend="pytorch", p_val=0.01)
