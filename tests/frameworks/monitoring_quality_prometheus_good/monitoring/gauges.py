"""Prometheus gauges for model quality, scraped by the cluster's Prometheus and alerted on."""

from prometheus_client import Counter, Gauge

REQUESTS = Counter("churn_requests_total", "Scoring requests")
ROLLING_AUC = Gauge("churn_rolling_auc", "AUC of the last 24 hours of scored customers whose outcome is known")
