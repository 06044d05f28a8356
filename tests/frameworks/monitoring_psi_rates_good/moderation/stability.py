"""How far today's flag rate of each label moved from the rate on the validation set."""
import math

EPSILON = 1e-6


def psi(p_ref: float, p_prod: float) -> float:
    """Population stability of a yes/no outcome: the two bins are the rate and its complement,
    so there is no histogram to take."""
    total = 0.0
    for expected, observed in ((p_ref, p_prod), (1.0 - p_ref, 1.0 - p_prod)):
        expected, observed = max(expected, EPSILON), max(observed, EPSILON)
        total += (observed - expected) * math.log(observed / expected)
    return total
