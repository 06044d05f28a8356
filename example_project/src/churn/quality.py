"""The release bar: the thresholds a candidate must clear, the gate that applies them and the
reader of the evaluation report.

Pure Python on purpose: the release tooling and CI import it without the ML stack.
"""

from __future__ import annotations

import json
from pathlib import Path

MIN_ROC_AUC = 0.80
MIN_RECALL_AT_THRESHOLD = 0.60
MAX_BRIER = 0.16
MIN_AUC_IMPROVEMENT = 0.002
"""A challenger must beat the champion's AUC by at least this much to replace it."""


def passes_quality_gate(metrics: dict[str, float]) -> bool:
    """True when a candidate clears every absolute release threshold."""
    return (
        metrics["roc_auc"] >= MIN_ROC_AUC
        and metrics["recall_at_threshold"] >= MIN_RECALL_AT_THRESHOLD
        and metrics["brier"] <= MAX_BRIER
    )


def load_metrics(path: Path) -> dict[str, float]:
    """Read metrics back from an ``evaluation.json`` written by ``churn-evaluate``."""
    report = json.loads(path.read_text())
    return {name: float(entry["value"]) for name, entry in report["metrics"].items()}
