"""Churn model package: the trained artefact ships inside the wheel."""
