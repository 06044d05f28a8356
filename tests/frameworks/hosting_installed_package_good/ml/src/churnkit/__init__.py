"""Churn model package: `churnkit.training` fits, `churnkit.scoring` only loads and predicts."""
