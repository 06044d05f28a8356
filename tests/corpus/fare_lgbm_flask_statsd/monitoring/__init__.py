"""Model monitoring for the fare service: latency, volume and data drift."""
