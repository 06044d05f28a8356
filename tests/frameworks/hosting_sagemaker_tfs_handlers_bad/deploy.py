"""Puts the exported SavedModel behind an endpoint with the REST hook."""
import sys

from sagemaker.tensorflow import TensorFlowModel

HOOK = "grpc_hook.py"
HOOK_DIR = "tfs"


def deploy(model_data: str, role: str):
    model = TensorFlowModel(model_data=model_data, role=role, entry_point=HOOK, source_dir=HOOK_DIR, framework_version="2.13")
    return model.deploy(initial_instance_count=1, instance_type="ml.m5.large")


if __name__ == "__main__":
    deploy(sys.argv[1], sys.argv[2])
