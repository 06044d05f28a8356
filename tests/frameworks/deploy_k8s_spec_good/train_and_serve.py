"""Train the digits classifier as a job; roll out TF Serving only when its test accuracy clears the bar."""
import json

from k8s_helpers import apply_specs
from kubernetes import client, config

NAMESPACE = "ml-team"
EXPORT_PATH = "gs://acme-ml/digits/export"
MIN_ACCURACY = 0.98


def wait_for_training(job_name: str) -> str:
    config.load_kube_config()
    status = client.BatchV1Api().read_namespaced_job_status(job_name, NAMESPACE).status
    return "Succeeded" if status.succeeded else "Failed"


def main() -> None:
    if wait_for_training("digits-train") != "Succeeded":
        raise SystemExit("training job failed")
    with open("metrics/digits_eval.json") as handle:
        accuracy = json.load(handle)["test_accuracy"]
    if accuracy < MIN_ACCURACY:
        raise SystemExit(f"test accuracy {accuracy:.4f} is below {MIN_ACCURACY}; not serving")
    serving_spec = f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: digits-model
  namespace: {NAMESPACE}
spec:
  selector:
    matchLabels:
      app: digits-model
  template:
    metadata:
      labels:
        app: digits-model
    spec:
      containers:
      - name: server
        image: tensorflow/serving:2.14.0
        args: ["--model_name=digits", "--model_base_path={EXPORT_PATH}"]
"""
    service_spec = f"""apiVersion: v1
kind: Service
metadata:
  name: digits-service
  namespace: {NAMESPACE}
spec:
  selector:
    app: digits-model
  ports:
  - port: 8500
"""
    model_specs = [serving_spec, service_spec]
    apply_specs(model_specs, NAMESPACE)


if __name__ == "__main__":
    main()
