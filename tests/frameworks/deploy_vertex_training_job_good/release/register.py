"""Register the nightly forecaster only when its back-test error beats the bar."""
import json

from google.cloud import aiplatform

MAX_RMSE = 12.5
SERVING_IMAGE = "us-docker.pkg.dev/vertex-ai/prediction/sklearn-cpu.1-3:latest"


def register(output_dir: str) -> None:
    with open(f"{output_dir}/metrics.json") as handle:
        rmse = json.load(handle)["backtest_rmse"]
    if rmse > MAX_RMSE:
        raise SystemExit(f"back-test RMSE {rmse:.2f} above {MAX_RMSE}; keeping the registered version")
    aiplatform.Model.upload(
        display_name="demand-forecast",
        artifact_uri=f"{output_dir}/model",
        serving_container_image_uri=SERVING_IMAGE,
        parent_model="projects/retail-ml/locations/us-central1/models/demand-forecast",
    )
