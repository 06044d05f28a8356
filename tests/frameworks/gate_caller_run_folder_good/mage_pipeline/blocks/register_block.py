"""Exporter block: register the trained run only when its validation AUC clears the bar."""
from utils import registry

MIN_AUC = 0.8


def export(run_id: str, metrics: dict) -> None:
    if metrics["val_auc"] < MIN_AUC:
        print(f"AUC {metrics['val_auc']:.3f} below {MIN_AUC}: not registered")
        return
    registry.register_run(run_id)
