"""Register a finished training job in the model registry if its eval loss beats the approved version."""
import sys

import boto3
import sagemaker
from sagemaker.huggingface import HuggingFaceModel

GROUP = "support-macro-suggester"


def latest_approved_loss(sm) -> float:
    pkgs = sm.list_model_packages(ModelPackageGroupName=GROUP, ModelApprovalStatus="Approved",
                                  SortBy="CreationTime", SortOrder="Descending")["ModelPackageSummaryList"]
    if not pkgs:
        return float("inf")
    desc = sm.describe_model_package(ModelPackageName=pkgs[0]["ModelPackageArn"])
    return float(desc["CustomerMetadataProperties"]["eval_loss"])


def main(job_name: str) -> None:
    sm = boto3.client("sagemaker")
    job = sm.describe_training_job(TrainingJobName=job_name)
    eval_loss = next(m["Value"] for m in job["FinalMetricDataList"] if m["MetricName"] == "eval_loss")
    baseline_loss = latest_approved_loss(sm)
    if eval_loss >= baseline_loss:
        print(f"eval_loss {eval_loss:.4f} does not improve on {baseline_loss:.4f}")
        sys.exit(1)
    model = HuggingFaceModel(model_data=job["ModelArtifacts"]["S3ModelArtifacts"], role=sagemaker.get_execution_role(),
                             transformers_version="4.28", pytorch_version="2.0", py_version="py310")
    model.register(
        content_types=["application/json"],
        response_types=["application/json"],
        inference_instances=["ml.g5.xlarge"],
        model_package_group_name=GROUP,
        approval_status="PendingManualApproval",
        customer_metadata_properties={"eval_loss": str(eval_loss)},
    )


if __name__ == "__main__":
    main(sys.argv[1])
