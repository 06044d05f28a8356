import numpy as np
from alibi_detect.cd import ChiSquareDrift


def make(reference_queues: np.ndarray) -> ChiSquareDrift:
    return ChiSquareDrift(reference_queues, p_val=0.05)
