"""Monitoring for the churn service: data drift detection and alerting (see drift.py)."""
