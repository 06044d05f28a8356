"""Consume the prediction log stream and raise alerts when errors or scores drift (river)."""

from river import drift
from river.drift.binary import DDM, EDDM


class StreamWatcher:
    def __init__(self) -> None:
        self.score_detector = drift.ADWIN(delta=0.002)
        self.feature_detector = drift.KSWIN(alpha=0.005, window_size=200)
        self.latency_free_detector = drift.PageHinkley(threshold=50.0)
        self.error_detector = DDM()
        self.early_error_detector = EDDM()

    def observe(self, score: float, tenure: float, wrong: bool) -> list[str]:
        alerts = []
        self.score_detector.update(score)
        self.feature_detector.update(tenure)
        self.latency_free_detector.update(score)
        self.error_detector.update(wrong)
        self.early_error_detector.update(wrong)
        if self.score_detector.drift_detected:
            alerts.append("score distribution drifted")
        if self.feature_detector.drift_detected:
            alerts.append("tenure_months drifted")
        if self.error_detector.drift_detected or self.early_error_detector.drift_detected:
            alerts.append("error rate drifted")
        return alerts
