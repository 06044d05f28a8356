"""Customer churn: fitting, nightly scoring and drift checks."""
