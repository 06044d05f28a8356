"""Release tooling: promote an MLflow model version and roll it out to SageMaker.

    churn-release promote --version 12
    churn-release deploy --model-data s3://.../model.tar.gz --metrics artifacts/evaluation.json
    churn-release rollback --to-version 11
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from mlflow import MlflowClient
from mlflow.entities.model_registry import ModelVersion
from mlflow.exceptions import MlflowException
from sagemaker.predictor import Predictor
from sagemaker.sklearn.model import SKLearnModel

from churn.config import CHAMPION_ALIAS, MLFLOW_TRACKING_URI, MODEL_NAME, SAGEMAKER_ENDPOINT_NAME
from churn.quality import MIN_AUC_IMPROVEMENT, MIN_ROC_AUC, load_metrics, passes_quality_gate

logger = logging.getLogger(__name__)

AUC_METRIC = "val_roc_auc"
SERVING_INSTANCE_TYPE = "ml.m5.large"
SKLEARN_FRAMEWORK_VERSION = "1.2-1"


class ReleaseBlocked(RuntimeError):
    """The candidate did not clear the evaluation gate."""


def _version_auc(client: MlflowClient, version: ModelVersion) -> float:
    run = client.get_run(version.run_id)
    return float(run.data.metrics[AUC_METRIC])


def _current_champion(client: MlflowClient) -> ModelVersion | None:
    try:
        return client.get_model_version_by_alias(MODEL_NAME, CHAMPION_ALIAS)
    except MlflowException:
        logger.info("%s has no @%s yet", MODEL_NAME, CHAMPION_ALIAS)
        return None


def promote(client: MlflowClient, version_number: str) -> bool:
    """Point @champion at ``version_number`` if it beats the threshold and the current champion."""
    candidate = client.get_model_version(MODEL_NAME, version_number)
    candidate_auc = _version_auc(client, candidate)
    champion = _current_champion(client)
    champion_auc = _version_auc(client, champion) if champion is not None else 0.0

    if candidate_auc < MIN_ROC_AUC or candidate_auc < champion_auc + MIN_AUC_IMPROVEMENT:
        logger.warning(
            "not promoting %s v%s: AUC %.4f vs threshold %.2f and champion %.4f",
            MODEL_NAME, version_number, candidate_auc, MIN_ROC_AUC, champion_auc,
        )
        return False

    client.set_registered_model_alias(MODEL_NAME, CHAMPION_ALIAS, version_number)
    logger.info("%s v%s is now @%s (AUC %.4f, previous %.4f)", MODEL_NAME, version_number, CHAMPION_ALIAS, candidate_auc, champion_auc)
    return True


def rollback(client: MlflowClient, version_number: str) -> None:
    """Point @champion back at a previous version. Incident response: deliberately not gated."""
    logger.warning("rolling %s @%s back to v%s", MODEL_NAME, CHAMPION_ALIAS, version_number)
    client.set_registered_model_alias(MODEL_NAME, CHAMPION_ALIAS, version_number)  # mllens: ignore[ungated-deployment]


def deploy_endpoint(
    model_data: str,
    role: str,
    metrics: dict[str, float],
    *,
    endpoint_name: str = SAGEMAKER_ENDPOINT_NAME,
    instance_type: str = SERVING_INSTANCE_TYPE,
) -> Predictor:
    """Create or update the real-time endpoint serving ``model_data``."""
    if not passes_quality_gate(metrics):  # mllens: expect[untested-gate]
        raise ReleaseBlocked(f"refusing to deploy {model_data}: {metrics} misses the release thresholds")

    model = SKLearnModel(
        model_data=model_data,
        role=role,
        entry_point="inference.py",
        source_dir="serve",
        framework_version=SKLEARN_FRAMEWORK_VERSION,
        py_version="py3",
    )
    logger.info("deploying %s to endpoint %s on %s", model_data, endpoint_name, instance_type)
    return model.deploy(
        initial_instance_count=1,
        instance_type=instance_type,
        endpoint_name=endpoint_name,
    )


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Promote, deploy or roll back the churn model.")
    parser.add_argument("--tracking-uri", default=MLFLOW_TRACKING_URI)
    commands = parser.add_subparsers(dest="command", required=True)

    promote_cmd = commands.add_parser("promote", help="move @champion to a new version if it is better")
    promote_cmd.add_argument("--version", required=True)

    deploy_cmd = commands.add_parser("deploy", help="deploy a model artifact to the SageMaker endpoint")
    deploy_cmd.add_argument("--model-data", required=True, help="s3:// URI of model.tar.gz")
    deploy_cmd.add_argument("--metrics", type=Path, required=True, help="evaluation.json of that model")
    deploy_cmd.add_argument("--role", default=os.environ.get("SAGEMAKER_EXECUTION_ROLE"))

    rollback_cmd = commands.add_parser("rollback", help="point @champion back at an older version")
    rollback_cmd.add_argument("--to-version", required=True)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    args = parse_args(argv)
    client = MlflowClient(tracking_uri=args.tracking_uri)
    if args.command == "rollback":
        rollback(client, args.to_version)
        return 0
    if args.command == "promote":
        return 0 if promote(client, args.version) else 1
    try:
        predictor = deploy_endpoint(args.model_data, args.role, load_metrics(args.metrics))
    except ReleaseBlocked as blocked:
        logger.error("%s", blocked)
        return 1
    logger.info("endpoint %s is in service", predictor.endpoint_name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
