"""KFP pipeline on Vertex: upload and deploy only if the evaluation AUC clears the bar."""
from google_cloud_pipeline_components.types import artifact_types
from google_cloud_pipeline_components.v1.endpoint import EndpointCreateOp, ModelDeployOp
from google_cloud_pipeline_components.v1.model import ModelUploadOp
from kfp import dsl

from pipeline.components import evaluate_model, train_model


@dsl.pipeline(name="churn-training")
def churn_pipeline(project: str, location: str = "europe-west4", min_auc: float = 0.8):
    train_task = train_model(project=project)
    eval_task = evaluate_model(model=train_task.outputs["model"])
    with dsl.If(eval_task.outputs["auc"] >= min_auc, name="auc-gate"):
        upload_task = ModelUploadOp(
            project=project,
            location=location,
            display_name="churn-xgb",
            unmanaged_container_model=train_task.outputs["unmanaged_model"],
        )
        endpoint_task = EndpointCreateOp(project=project, location=location, display_name="churn")
        ModelDeployOp(
            model=upload_task.outputs["model"],
            endpoint=endpoint_task.outputs["endpoint"],
            dedicated_resources_machine_type="n1-standard-4",
            dedicated_resources_min_replica_count=1,
        )
