"""Review the latest data-quality violations of the production monitor (run from a notebook)."""

from sagemaker.model_monitor import DefaultModelMonitor


def latest_violations(schedule_name: str) -> list[dict]:
    monitor = DefaultModelMonitor.attach(monitor_schedule_name=schedule_name)
    executions = monitor.list_executions()
    if not executions:
        return []
    return executions[-1].constraint_violations().body_dict["violations"]
