"""Azure ML SDK v1 dataset monitor kept for the batch-scored cohort."""

from azureml.core import Dataset, Workspace
from azureml.datadrift import DataDriftDetector


def create_dataset_monitor(ws: Workspace, compute_name: str):
    baseline = Dataset.get_by_name(ws, "churn-train")
    target = Dataset.get_by_name(ws, "churn-scored")
    monitor = DataDriftDetector.create_from_datasets(ws, "churn-drift", baseline, target, compute_target=compute_name, frequency="Week", drift_threshold=0.3)
    monitor.enable_schedule()
    return monitor
