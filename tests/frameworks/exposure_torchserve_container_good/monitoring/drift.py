"""Daily drift check: embeddings of the week's uploads against the training images (alibi-detect)."""
import numpy as np
from alibi_detect.cd import MMDDrift


def check(reference_embeddings: np.ndarray, recent_embeddings: np.ndarray) -> dict:
    detector = MMDDrift(reference_embeddings, backend="pytorch", p_val=0.05)
    return detector.predict(recent_embeddings)
