"""Prometheus metrics exported from the Serve replicas (scraped by the Ray dashboard agent).

`eta_input_drift` is a cheap stand-in for proper drift detection: it tracks the mean
trip distance per replica so the on-call can spot when upstream sends garbage.
"""
from __future__ import annotations

import time
from contextlib import contextmanager

from ray.util import metrics


class ServeMetrics:
    def __init__(self) -> None:
        self.requests = metrics.Counter(
            "eta_requests_total", description="Prediction requests.", tag_keys=("route",)
        )
        self.latency = metrics.Histogram(
            "eta_predict_latency_ms",
            description="Model latency per batch.",
            boundaries=[1, 2, 5, 10, 20, 50, 100, 250],
        )
        self.input_drift = metrics.Gauge(
            "eta_input_drift", description="Rolling mean of log trip distance (km)."
        )
        self._mean_distance = 0.0

    def record_request(self, route: str = "/eta") -> None:
        self.requests.inc(tags={"route": route})

    def check_drift(self, log_distance_km: float, alpha: float = 0.01) -> None:
        """Update the rolling mean distance gauge."""
        self._mean_distance = (1 - alpha) * self._mean_distance + alpha * log_distance_km
        self.input_drift.set(self._mean_distance)

    @contextmanager
    def timed(self):
        start = time.perf_counter()
        try:
            yield
        finally:
            self.latency.observe((time.perf_counter() - start) * 1000)
