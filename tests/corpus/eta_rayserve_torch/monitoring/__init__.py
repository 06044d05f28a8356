"""Model monitoring for the ETA service (drift, latency, error budget)."""
