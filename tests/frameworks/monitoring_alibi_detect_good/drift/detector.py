"""Build the drift detectors from the training reference set and check a batch of live requests."""

import numpy as np
from alibi_detect.cd import ChiSquareDrift, KSDrift, TabularDrift
from alibi_detect.saving import save_detector


def build(x_ref: np.ndarray, categorical: dict) -> TabularDrift:
    detector = TabularDrift(x_ref, p_val=0.05, categories_per_feature=categorical)
    save_detector(detector, "artifacts/drift_detector")
    return detector


def score_drift(x_ref: np.ndarray, x_live: np.ndarray) -> dict:
    ks = KSDrift(x_ref, p_val=0.05)
    return ks.predict(x_live, drift_type="feature")


def label_shift(y_ref: np.ndarray, y_live: np.ndarray) -> bool:
    return bool(ChiSquareDrift(y_ref, p_val=0.05).predict(y_live)["data"]["is_drift"])
