"""Manual release: upload a model directory to the Vertex Model Registry and deploy it.

Triggered from Cloud Build (`churn-manual-release`) for rollbacks and hotfixes; the
nightly pipeline is the normal path. Prints the evaluation metrics of the source run
so they end up in the build log.
"""
from __future__ import annotations

import argparse
import json
import logging

from google.cloud import aiplatform, storage

from churn import config

log = logging.getLogger("deploy_model")


def read_eval_metrics(model_dir: str) -> dict:
    bucket, _, prefix = model_dir.removeprefix("gs://").partition("/")
    blob = storage.Client().bucket(bucket).blob(f"{prefix}/eval_metrics.json")
    return json.loads(blob.download_as_text()) if blob.exists() else {}


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    parser = argparse.ArgumentParser()
    parser.add_argument("--model-dir", required=True)
    parser.add_argument("--endpoint-id", default=config.ENDPOINT_ID)
    parser.add_argument("--traffic", type=int, default=100)
    args = parser.parse_args()

    metrics = read_eval_metrics(args.model_dir)
    log.info("releasing %s (auc=%s, pr_auc=%s)", args.model_dir, metrics.get("auc"), metrics.get("pr_auc"))

    aiplatform.init(project=config.PROJECT_ID, location=config.REGION)
    model = aiplatform.Model.upload(
        display_name=config.MODEL_DISPLAY_NAME,
        artifact_uri=args.model_dir,
        serving_container_image_uri=config.SERVING_IMAGE,
        labels={"source": "manual-release"},
    )
    endpoint = aiplatform.Endpoint(args.endpoint_id)
    model.deploy(
        endpoint=endpoint,
        deployed_model_display_name=config.MODEL_DISPLAY_NAME,
        machine_type="n1-standard-4",
        min_replica_count=1,
        max_replica_count=4,
        traffic_percentage=args.traffic,
        sync=True,
    )
    log.info("deployed %s to %s", model.resource_name, endpoint.resource_name)


if __name__ == "__main__":
    main()
