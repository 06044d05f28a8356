"""Columns the churn model expects, shared by training and serving."""
FEATURES = ["tenure", "monthly_charges", "support_calls"]
