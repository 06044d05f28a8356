"""Prediction service for the churn model (FastAPI app and SageMaker handlers)."""
