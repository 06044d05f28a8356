"""Deploys the trained review classifier behind a real-time endpoint."""
import json

import sagemaker
from sagemaker.model_monitor import DataCaptureConfig, DefaultModelMonitor
from sagemaker.pytorch import PyTorchModel

session = sagemaker.Session()
role = sagemaker.get_execution_role()

with open("evaluation.json") as fh:
    auc = json.load(fh)["auc"]
if auc < 0.88:
    raise SystemExit(f"candidate AUC {auc:.3f} is below the release bar")

model = PyTorchModel(
    model_data="s3://reviews-models/classifier/model.tar.gz",
    role=role,
    entry_point="serve.py",
    source_dir="code",
    framework_version="2.1",
    py_version="py310",
)
predictor = model.deploy(
    initial_instance_count=1,
    instance_type="ml.m5.large",
    data_capture_config=DataCaptureConfig(enable_capture=True, destination_s3_uri="s3://reviews-capture/"),
)
monitor = DefaultModelMonitor(role=role, instance_type="ml.m5.large", instance_count=1)
monitor.create_monitoring_schedule(endpoint_input=predictor.endpoint_name, output_s3_uri="s3://reviews-monitor/")
