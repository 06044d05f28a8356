"""Every job the `churn` command can run, importable from one place."""
from churn.jobs.fit import FitJob
from churn.jobs.inference import ScoreJob

__all__ = ["FitJob", "ScoreJob"]
