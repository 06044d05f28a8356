"""After the AutoMLOps pipeline has deployed the endpoint, ask Vertex AI to watch it."""
from google.cloud import aiplatform
from google_cloud_automlops import AutoMLOps

PROJECT = "beans-project"
REGION = "europe-west1"

aiplatform.init(project=PROJECT, location=REGION)
endpoint = aiplatform.Endpoint.list(filter='display_name="beans-endpoint"')[0]

AutoMLOps.monitor(
    target_field="Class",
    model_endpoint=endpoint.resource_name,
    monitoring_interval=6,
    monitoring_location=REGION,
    drift_thresholds={"Area": 0.05, "Eccentricity": 0.05},
    skew_thresholds={"Area": 0.05, "Eccentricity": 0.05},
    training_dataset=f"bq://{PROJECT}.beans.training",
    alert_emails=["ml-oncall@example.org"],
)
