"""Train the digits classifier as a job, then roll out TF Serving on the exported model."""
from k8s_helpers import apply_specs
from kubernetes import client, config

NAMESPACE = "ml-team"
EXPORT_PATH = "gs://acme-ml/digits/export"


def wait_for_training(job_name: str) -> str:
    config.load_kube_config()
    status = client.BatchV1Api().read_namespaced_job_status(job_name, NAMESPACE).status
    return "Succeeded" if status.succeeded else "Failed"


def main() -> None:
    if wait_for_training("digits-train") != "Succeeded":
        raise SystemExit("training job failed")
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
    dashboard_spec = f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: digits-ui
  namespace: {NAMESPACE}
spec:
  template:
    spec:
      containers:
      - name: ui
        image: gcr.io/acme-ml/digits-ui:1.2
"""
    model_specs = [serving_spec, service_spec]
    apply_specs(model_specs, NAMESPACE)
    apply_specs([dashboard_spec], NAMESPACE)


if __name__ == "__main__":
    main()
