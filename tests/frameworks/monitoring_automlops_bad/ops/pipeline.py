"""Generate, provision and deploy the AutoMLOps training pipeline (retrains every Monday)."""
from google_cloud_automlops import AutoMLOps

PROJECT = "beans-project"

AutoMLOps.generate(
    project_id=PROJECT,
    pipeline_params={"bq_table": f"{PROJECT}.beans.training", "region": "europe-west1"},
    use_ci=True,
    schedule_pattern="0 3 * * 1",
)
AutoMLOps.provision()
AutoMLOps.deploy(precheck=True)
