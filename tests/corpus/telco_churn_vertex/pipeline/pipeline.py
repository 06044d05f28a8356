"""Nightly churn retraining pipeline.

    python -m pipeline.pipeline --submit
"""
import argparse

from google.cloud import aiplatform
from google_cloud_pipeline_components.types import artifact_types
from google_cloud_pipeline_components.v1.endpoint import ModelDeployOp
from google_cloud_pipeline_components.v1.model import ModelUploadOp
from kfp import compiler, dsl

from churn import config
from pipeline.components import evaluate, extract, model_dir_for_run, train_xgb


@dsl.pipeline(name="telco-churn-train", pipeline_root=config.PIPELINE_ROOT)
def churn_pipeline(
    project: str = config.PROJECT_ID,
    location: str = config.REGION,
    bq_table: str = config.BQ_TRAINING_TABLE,
    min_auc: float = config.MIN_AUC,
):
    data = extract(bq_table=bq_table)
    model_dir = model_dir_for_run(pipeline_root=config.PIPELINE_ROOT, run_id=dsl.PIPELINE_JOB_ID_PLACEHOLDER)
    trained = train_xgb(train_set=data.outputs["train_set"], model_dir=model_dir.output).set_cpu_limit("8").set_memory_limit("32G")
    scored = evaluate(test_set=data.outputs["test_set"], model_dir=trained.output)

    with dsl.If(scored.outputs["auc"] >= min_auc, name="auc-above-bar"):
        unmanaged = dsl.importer(
            artifact_uri=trained.output,
            artifact_class=artifact_types.UnmanagedContainerModel,
            metadata={"containerSpec": {"imageUri": config.SERVING_IMAGE}},
        )
        endpoint = dsl.importer(
            artifact_uri=f"https://{config.REGION}-aiplatform.googleapis.com/v1/projects/{config.PROJECT_ID}/locations/{config.REGION}/endpoints/{config.ENDPOINT_ID}",
            artifact_class=artifact_types.VertexEndpoint,
            metadata={"resourceName": f"projects/{config.PROJECT_ID}/locations/{config.REGION}/endpoints/{config.ENDPOINT_ID}"},
        )
        uploaded = ModelUploadOp(
            project=project,
            location=location,
            display_name=config.MODEL_DISPLAY_NAME,
            unmanaged_container_model=unmanaged.outputs["artifact"],
        )
        ModelDeployOp(
            endpoint=endpoint.outputs["artifact"],
            model=uploaded.outputs["model"],
            deployed_model_display_name=config.MODEL_DISPLAY_NAME,
            dedicated_resources_machine_type="n1-standard-4",
            dedicated_resources_min_replica_count=1,
            dedicated_resources_max_replica_count=4,
            traffic_split={"0": 100},
        )


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--submit", action="store_true")
    args = parser.parse_args()
    compiler.Compiler().compile(churn_pipeline, "churn_pipeline.json")
    if args.submit:
        aiplatform.init(project=config.PROJECT_ID, location=config.REGION)
        aiplatform.PipelineJob(
            display_name="telco-churn-train",
            template_path="churn_pipeline.json",
            pipeline_root=config.PIPELINE_ROOT,
            enable_caching=False,
        ).submit(service_account="churn-pipelines@telco-ml-prod.iam.gserviceaccount.com")
