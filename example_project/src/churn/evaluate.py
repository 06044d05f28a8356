"""Hold-out evaluation of a trained churn pipeline (the thresholds a release must clear are in churn.quality).

Runs locally (``churn-evaluate``) and as the evaluation ProcessingStep of the SageMaker
pipeline, where it writes ``evaluation.json`` in the model-quality report layout.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

import joblib
import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, brier_score_loss, precision_score, recall_score, roc_auc_score

from churn.config import TARGET
from churn.data import clean, load_raw
from churn.features import FEATURE_COLUMNS, add_derived_features
from churn.quality import passes_quality_gate

logger = logging.getLogger(__name__)

DECISION_THRESHOLD = 0.35
"""Probability above which the retention team contacts a customer."""

def compute_metrics(y_true: np.ndarray, y_score: np.ndarray, threshold: float = DECISION_THRESHOLD) -> dict[str, float]:
    """Ranking, calibration and operating-point metrics for one scored sample."""
    y_pred = (y_score >= threshold).astype(int)
    return {
        "roc_auc": float(roc_auc_score(y_true, y_score)),
        "pr_auc": float(average_precision_score(y_true, y_score)),
        "brier": float(brier_score_loss(y_true, y_score)),
        "precision_at_threshold": float(precision_score(y_true, y_pred, zero_division=0)),
        "recall_at_threshold": float(recall_score(y_true, y_pred)),
        "positive_rate": float(y_pred.mean()),
    }


def evaluate_model(model_path: Path, data_path: Path) -> dict[str, float]:
    model = joblib.load(model_path)
    frame = add_derived_features(clean(load_raw(data_path)))
    scores = model.predict_proba(frame[FEATURE_COLUMNS])[:, 1]
    metrics = compute_metrics(frame[TARGET].to_numpy(), scores)
    logger.info("hold-out metrics for %s: %s", model_path, json.dumps(metrics, sort_keys=True))
    return metrics


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, default=Path("/opt/ml/processing/model/model.joblib"))
    parser.add_argument("--data", type=Path, default=Path("/opt/ml/processing/test/holdout.parquet"))
    parser.add_argument("--output", type=Path, default=Path("/opt/ml/processing/evaluation/evaluation.json"))
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    args = parse_args(argv)
    metrics = evaluate_model(args.model, args.data)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    report = {"metrics": {name: {"value": value} for name, value in metrics.items()}}
    args.output.write_text(json.dumps(report, indent=2))
    logger.info("wrote %s (quality gate %s)", args.output, "passed" if passes_quality_gate(metrics) else "FAILED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
