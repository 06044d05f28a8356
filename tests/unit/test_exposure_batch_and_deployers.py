"""model/roles/monitoring.py exposures: batch prediction, batch transform and ZenML deployer steps, on in-memory projects."""

from __future__ import annotations

from pytest_mllens.model.roles.monitoring import exposures
from pytest_mllens.testing import analyse_sources


def _exposed(files: dict[str, str]) -> list[str]:
    project, _ = analyse_sources(files)
    return [f"{e.path}:{e.line}" for e in exposures(project)]


def test_vertex_batch_prediction_exposes_the_model() -> None:
    """Model.batch_predict and BatchPredictionJob.create run production inference over a dataset."""
    job = (
        "from google.cloud import aiplatform\n\n"
        "def nightly(model_id, src, dst):\n"
        "    aiplatform.Model(model_id).batch_predict(job_display_name='n', gcs_source=src, gcs_destination_prefix=dst)\n"
        "    aiplatform.BatchPredictionJob.create(job_display_name='m', model_name=model_id, gcs_source=src, gcs_destination_prefix=dst)\n"
    )
    assert _exposed({"job.py": job}) == ["job.py:4", "job.py:5"]


def test_sagemaker_batch_transform_exposes_unless_local() -> None:
    """A transformer built from a model runs a batch transform; local mode runs on the notebook's machine."""
    code = (
        "from sagemaker.model import Model\n\n"
        "model = Model(image_uri=img, model_data=uri, role=role)\n"
        "transformer = model.transformer(instance_count=1, instance_type='ml.m5.xlarge', output_path=out)\n"
        "trial = model.transformer(instance_count=1, instance_type='local', output_path=out)\n"
    )
    assert _exposed({"batch.py": code}) == ["batch.py:4"]


def test_boto3_transform_job_exposes_only_with_an_aws_sdk_imported() -> None:
    """create_transform_job is matched by method name in a file that imports boto3 (the client is often a parameter)."""
    with_sdk = "import boto3\n\ndef start(sm, name):\n    sm.create_transform_job(TransformJobName=name, ModelName=name)\n"
    without = "def start(api, name):\n    api.create_transform_job(name)\n"
    assert _exposed({"a.py": with_sdk}) == ["a.py:4"]
    assert _exposed({"b.py": without}) == []


def test_zenml_deployer_step_is_exposure_when_imported_under_another_name() -> None:
    """Importing a ZenML model deployer step is the evidence: pipelines wire it in, often renamed."""
    alias = "from zenml.integrations.mlflow.steps import mlflow_model_deployer_step\n\ndeployer = mlflow_model_deployer_step\n"
    assert _exposed({"steps/deployer.py": alias}) == ["steps/deployer.py:1"]


def test_a_registration_step_is_not_a_deployer() -> None:
    """mlflow_register_model_step registers a version; it stands up no prediction service."""
    register = "from zenml.integrations.mlflow.steps import mlflow_register_model_step\n"
    assert _exposed({"steps/register.py": register}) == []


def test_hugging_face_inference_endpoint_and_a_hub_push_both_expose_the_model() -> None:
    """create_inference_endpoint stands up a dedicated endpoint; push_to_hub publishes the weights
    to be served (an exposure too, ranked after the endpoint as the finding's anchor)."""
    deploy = (
        "from huggingface_hub import HfApi, create_inference_endpoint\n\n"
        "create_inference_endpoint('tickets', repository='acme/ticket-clf', framework='pytorch', task='text-classification',\n"
        "                          accelerator='cpu', vendor='aws', region='us-east-1', type='protected', instance_size='x2', instance_type='intel-icl')\n"
        "HfApi().create_inference_endpoint('tickets-gpu', repository='acme/ticket-clf', framework='pytorch', accelerator='gpu',\n"
        "                                  vendor='aws', region='us-east-1', instance_size='x1', instance_type='nvidia-a10g')\n"
    )
    push = "from transformers import AutoModelForSequenceClassification\n\nAutoModelForSequenceClassification.from_pretrained('out').push_to_hub('acme/ticket-clf')\n"
    assert _exposed({"deploy.py": deploy}) == ["deploy.py:3", "deploy.py:5"]
    assert _exposed({"push.py": push}) == ["push.py:3"]
    project, _ = analyse_sources({"deploy.py": deploy, "push.py": push})
    anchor = min(exposures(project), key=lambda e: (e.rank, e.path, e.line))
    assert (anchor.path, anchor.line) == ("deploy.py", 3)
