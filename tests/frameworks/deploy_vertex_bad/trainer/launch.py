"""Vertex AI custom training; the returned Model is already in the Model Registry."""
from google.cloud import aiplatform

aiplatform.init(project="acme-ml", location="europe-west4", staging_bucket="gs://acme-ml-staging")


def train():
    job = aiplatform.CustomTrainingJob(
        display_name="churn-xgb",
        script_path="trainer/task.py",
        container_uri="europe-docker.pkg.dev/vertex-ai/training/xgboost-cpu.1-7:latest",
        requirements=["pandas", "scikit-learn"],
        model_serving_container_image_uri="europe-docker.pkg.dev/vertex-ai/prediction/xgboost-cpu.1-7:latest",
    )
    return job.run(replica_count=1, machine_type="n1-standard-8", args=["--epochs=20"], model_display_name="churn-xgb")
