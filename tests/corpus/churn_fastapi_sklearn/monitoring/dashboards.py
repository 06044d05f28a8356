"""Grafana dashboard definitions. Drift panels will go here once we capture requests."""
import json

PANELS = [
    {"title": "requests/s", "expr": "rate(http_requests_total[1m])"},
    {"title": "p95 latency", "expr": "histogram_quantile(0.95, rate(http_request_duration_seconds_bucket[5m]))"},
]


def render() -> str:
    return json.dumps({"panels": PANELS}, indent=2)
