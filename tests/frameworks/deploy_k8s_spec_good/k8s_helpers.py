"""Small helpers around the Kubernetes Python client used by the training notebooks' scripts."""
import yaml
from kubernetes import client, config


def apply_specs(specs, namespace: str) -> None:
    """Create (or replace) each Deployment / Service in ``specs``."""
    config.load_kube_config()
    apps, core = client.AppsV1Api(), client.CoreV1Api()
    for text in specs:
        body = yaml.safe_load(text)
        if body["kind"] == "Deployment":
            apps.create_namespaced_deployment(namespace=namespace, body=body)
        elif body["kind"] == "Service":
            core.create_namespaced_service(namespace=namespace, body=body)
