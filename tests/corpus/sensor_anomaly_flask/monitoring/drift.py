"""Daily KS drift test of live sensor windows against the training reference."""
import numpy as np
from alibi_detect.cd import KSDrift


def build_detector(reference: np.ndarray) -> KSDrift:
    return KSDrift(reference, p_val=0.01)


def check(detector: KSDrift, live: np.ndarray) -> dict:
    result = detector.predict(live)
    return {"drift": bool(result["data"]["is_drift"]), "p_val": result["data"]["p_val"].tolist()}
