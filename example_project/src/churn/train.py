"""Fit the churn classifier and record the run in MLflow.

    churn-train --data data/crm_2024-05.parquet --output-dir artifacts/
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import joblib
import mlflow
import mlflow.sklearn
import pandas as pd
from mlflow.models import infer_signature
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.pipeline import Pipeline

from churn.config import ARTIFACT_DIR, EXPERIMENT_NAME, MLFLOW_TRACKING_URI, MODEL_NAME, RANDOM_STATE, TARGET
from churn.data import clean, load_raw, split
from churn.evaluate import compute_metrics
from churn.features import FEATURE_COLUMNS, add_derived_features, build_preprocessor

logger = logging.getLogger(__name__)

MODEL_FILENAME = "model.joblib"
DEFAULT_PARAMS: dict[str, Any] = {
    "n_estimators": 400,
    "learning_rate": 0.05,
    "max_depth": 3,
    "subsample": 0.8,
    "min_samples_leaf": 50,
}


def build_model(params: dict[str, Any]) -> Pipeline:
    return Pipeline(
        steps=[
            ("preprocess", build_preprocessor()),
            ("classifier", GradientBoostingClassifier(random_state=RANDOM_STATE, **params)),
        ]
    )


def train(frame: pd.DataFrame, params: dict[str, Any]) -> tuple[Pipeline, dict[str, float]]:
    """Fit on the training split and score the validation split."""
    train_frame, valid_frame = split(add_derived_features(frame))
    model = build_model(params)
    model.fit(train_frame[FEATURE_COLUMNS], train_frame[TARGET])
    scores = model.predict_proba(valid_frame[FEATURE_COLUMNS])[:, 1]
    metrics = compute_metrics(valid_frame[TARGET].to_numpy(), scores)
    logger.info("validation metrics: %s", json.dumps(metrics, sort_keys=True))
    return model, metrics


def save_pipeline(model: Pipeline, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, path, compress=3)
    logger.info("saved fitted pipeline to %s", path)
    return path


def load_pipeline(path: Path) -> Pipeline:
    """Load a pipeline written by :func:`save_pipeline`."""
    model = joblib.load(path)
    if not isinstance(model, Pipeline):
        raise TypeError(f"{path} does not hold a scikit-learn Pipeline (got {type(model).__name__})")
    return model


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Train the churn classifier.")
    parser.add_argument("--data", type=Path, required=True, help="CRM extract (.parquet or .csv)")
    parser.add_argument("--output-dir", type=Path, default=ARTIFACT_DIR)
    parser.add_argument("--params", type=Path, help="JSON file overriding DEFAULT_PARAMS")
    parser.add_argument("--run-name", default=None)
    parser.add_argument("--tracking-uri", default=MLFLOW_TRACKING_URI)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    args = parse_args(argv)
    if not args.data.exists():
        logger.error("no such file: %s", args.data)
        return 2
    params = {**DEFAULT_PARAMS, **(json.loads(args.params.read_text()) if args.params else {})}

    mlflow.set_tracking_uri(args.tracking_uri)
    mlflow.set_experiment(EXPERIMENT_NAME)
    frame = clean(load_raw(args.data))

    with mlflow.start_run(run_name=args.run_name) as run:
        mlflow.log_params(params)
        mlflow.log_param("training_rows", len(frame))
        model, metrics = train(frame, params)
        mlflow.log_metrics({f"val_{name}": value for name, value in metrics.items()})

        sample = add_derived_features(frame)[FEATURE_COLUMNS].head(20)
        signature = infer_signature(sample, model.predict_proba(sample)[:, 1])
        mlflow.sklearn.log_model(  # mllens: expect[ungated-deployment]
            sk_model=model,
            artifact_path="model",
            signature=signature,
            input_example=sample.head(3),
            registered_model_name=MODEL_NAME,
        )
        save_pipeline(model, args.output_dir / MODEL_FILENAME)
        logger.info("run %s finished", run.info.run_id)
    return 0


if __name__ == "__main__":
    sys.exit(main())
