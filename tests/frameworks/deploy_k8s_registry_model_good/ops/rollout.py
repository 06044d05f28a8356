"""Roll the Production model of the registry out to the cluster, once it passed the weekly evaluation."""
import json

from kubernetes import client, config

MODEL_URI = "models:/churn/Production"
MIN_RECALL = 0.80


def rollout(report_path: str = "reports/evaluation.json", namespace: str = "ml") -> None:
    with open(report_path) as handle:
        report = json.load(handle)
    if report["recall"] < MIN_RECALL:
        raise SystemExit(f"recall {report['recall']:.2f} below {MIN_RECALL}: keeping the running model")
    config.load_kube_config()
    container = client.V1Container(name="churn-server", image="registry.example.com/mlflow-server:2.9", args=["mlflow", "models", "serve", "-m", MODEL_URI, "-p", "8080"])
    template = client.V1PodTemplateSpec(metadata=client.V1ObjectMeta(labels={"app": "churn"}), spec=client.V1PodSpec(containers=[container]))
    spec = client.V1DeploymentSpec(replicas=2, selector=client.V1LabelSelector(match_labels={"app": "churn"}), template=template)
    body = client.V1Deployment(api_version="apps/v1", kind="Deployment", metadata=client.V1ObjectMeta(name="churn"), spec=spec)
    client.AppsV1Api().replace_namespaced_deployment(name="churn", namespace=namespace, body=body)
