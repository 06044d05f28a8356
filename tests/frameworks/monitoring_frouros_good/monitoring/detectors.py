"""Batch data drift (KS, MMD) and streaming concept drift (DDM) with Frouros."""

import numpy as np
from frouros.detectors.concept_drift import DDM, DDMConfig
from frouros.detectors.data_drift import KSTest, MMD


def feature_drift(X_ref: np.ndarray, X_live: np.ndarray, alpha: float = 0.01) -> list[int]:
    drifted = []
    for column in range(X_ref.shape[1]):
        detector = KSTest()
        detector.fit(X=X_ref[:, column])
        result, _ = detector.compare(X=X_live[:, column])
        if result.p_value < alpha:
            drifted.append(column)
    return drifted


def multivariate_distance(X_ref: np.ndarray, X_live: np.ndarray) -> float:
    detector = MMD()
    detector.fit(X=X_ref)
    result, _ = detector.compare(X=X_live)
    return result.distance


def error_stream_detector() -> DDM:
    return DDM(config=DDMConfig(warning_level=2.0, drift_level=3.0, min_num_instances=25))
