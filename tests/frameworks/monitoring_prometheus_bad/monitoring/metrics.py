"""Model monitoring: Prometheus metrics for the churn service (latency, traffic, score drift)."""

from prometheus_client import Counter, Gauge, Histogram, Summary

REQUEST_LATENCY = Histogram("churn_request_latency_seconds", "Request latency", ["route"])
PREDICTIONS = Counter("churn_predictions_total", "Predictions served", ["outcome"])
SCORE_SUMMARY = Summary("churn_score", "Distribution of churn scores (watch this for drift)")
MODEL_INFO = Gauge("churn_model_loaded", "1 when the model artifact is loaded")
