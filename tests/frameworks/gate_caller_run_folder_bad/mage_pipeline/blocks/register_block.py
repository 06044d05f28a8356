"""Exporter block: register every trained run."""
from utils import registry


def export(run_id: str, metrics: dict) -> None:
    print(f"registering run {run_id} (val AUC {metrics['val_auc']:.3f})")
    registry.register_run(run_id)
