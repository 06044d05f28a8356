"""The same skew job through the low-level JobServiceClient (used by the Terraform-free bootstrap)."""

from google.cloud import aiplatform_v1


def create_job(project: str, region: str, job: aiplatform_v1.ModelDeploymentMonitoringJob):
    client = aiplatform_v1.JobServiceClient(client_options={"api_endpoint": f"{region}-aiplatform.googleapis.com"})
    return client.create_model_deployment_monitoring_job(parent=f"projects/{project}/locations/{region}", model_deployment_monitoring_job=job)
