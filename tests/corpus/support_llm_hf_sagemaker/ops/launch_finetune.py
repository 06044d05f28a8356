"""Fine-tune flan-t5 on support macros and put it straight behind the staging endpoint."""
import sagemaker
from sagemaker.huggingface import HuggingFace
from sagemaker.model_monitor import DataCaptureConfig

role = sagemaker.get_execution_role()
bucket = sagemaker.Session().default_bucket()

huggingface_estimator = HuggingFace(
    entry_point="finetune.py",
    source_dir="scripts",
    instance_type="ml.g5.2xlarge",
    instance_count=1,
    role=role,
    transformers_version="4.28",
    pytorch_version="2.0",
    py_version="py310",
    environment={"MODEL_ID": "google/flan-t5-base"},
    metric_definitions=[{"Name": "eval_loss", "Regex": r"eval_loss=([0-9.]+)"}],
)
huggingface_estimator.fit({"train": f"s3://{bucket}/support/train", "test": f"s3://{bucket}/support/test"})

predictor = huggingface_estimator.deploy(
    initial_instance_count=1,
    instance_type="ml.g5.xlarge",
    endpoint_name="support-macro-suggester-staging",
    data_capture_config=DataCaptureConfig(enable_capture=True, sampling_percentage=100,
                                          destination_s3_uri=f"s3://{bucket}/support/capture"),
)
