"""Candidate validation: absolute thresholds and a comparison with a naive baseline."""

import numpy as np
from sklearn.metrics import mean_absolute_error, r2_score

THRESHOLDS = {"r2": 0.6, "mae": 40.0}


class CandidateValidator:
    def __init__(self, thresholds: dict | None = None) -> None:
        self.thresholds = thresholds or THRESHOLDS

    def _meets(self, scores: dict) -> dict:
        return {"r2": scores["r2"] >= self.thresholds["r2"], "mae": scores["mae"] <= self.thresholds["mae"]}

    def validate(self, model, x_test, y_test, y_train) -> dict:
        predicted = model.predict(x_test)
        scores = {"r2": r2_score(y_test, predicted), "mae": mean_absolute_error(y_test, predicted)}
        naive = mean_absolute_error(y_test, np.full(len(y_test), float(np.mean(y_train))))
        meets = all(self._meets(scores).values())
        beats_naive = bool(scores["mae"] < naive)
        return {"scores": scores, "threshold_passed": meets, "baseline_passed": beats_naive, "validation_passed": meets and beats_naive}
