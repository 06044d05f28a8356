"""Weekly champion/challenger promotion (Jenkins: risk-ml/promote-fraud-model).

Picks the best finished training run of the last 7 days, and if it beats the current
champion on out-of-time AUC by at least MIN_UPLIFT, registers it and moves the
`champion` alias. The Bento build picks up the alias on the next deploy.
"""
from __future__ import annotations

import logging
import sys
from datetime import datetime, timedelta, timezone

import mlflow
from mlflow import MlflowClient

from risk import config

log = logging.getLogger("promote")


def best_recent_run(days: int = 7):
    since = int((datetime.now(timezone.utc) - timedelta(days=days)).timestamp() * 1000)
    runs = mlflow.search_runs(
        experiment_names=[config.EXPERIMENT],
        filter_string=f"attributes.status = 'FINISHED' and attributes.start_time > {since}",
        order_by=["metrics.auc DESC"],
        max_results=1,
        output_format="list",
    )
    return runs[0] if runs else None


def champion_auc(client: MlflowClient) -> float:
    try:
        champion = client.get_model_version_by_alias(config.REGISTERED_MODEL, "champion")
    except mlflow.exceptions.MlflowException:
        return 0.0
    return client.get_run(champion.run_id).data.metrics.get("auc", 0.0)


def move_alias(client: MlflowClient, version: str) -> None:
    client.set_registered_model_alias(config.REGISTERED_MODEL, "champion", version)
    client.set_model_version_tag(config.REGISTERED_MODEL, version, "promoted_by", "jenkins")


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    mlflow.set_tracking_uri(config.MLFLOW_TRACKING_URI)
    client = MlflowClient()

    run = best_recent_run()
    if run is None:
        log.warning("no finished runs in the last week, nothing to do")
        return 0

    challenger_auc = run.data.metrics["auc"]
    current_auc = champion_auc(client)
    log.info("challenger %s auc=%.4f, champion auc=%.4f", run.info.run_id, challenger_auc, current_auc)
    if challenger_auc < current_auc + config.MIN_UPLIFT:
        log.info("challenger does not beat the champion, keeping the current model")
        return 0

    version = mlflow.register_model(f"runs:/{run.info.run_id}/model", config.REGISTERED_MODEL)
    move_alias(client, version.version)
    log.info("promoted version %s to champion", version.version)
    return 0


if __name__ == "__main__":
    sys.exit(main())
