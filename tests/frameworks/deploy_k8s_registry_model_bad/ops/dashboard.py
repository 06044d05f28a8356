"""Roll out the internal metrics dashboard (a Streamlit app; no model)."""
from kubernetes import client, config


def rollout(namespace: str = "tools") -> None:
    config.load_kube_config()
    container = client.V1Container(name="dashboard", image="registry.example.com/ml-dashboard:1.4", ports=[client.V1ContainerPort(container_port=8501)])
    template = client.V1PodTemplateSpec(metadata=client.V1ObjectMeta(labels={"app": "dashboard"}), spec=client.V1PodSpec(containers=[container]))
    spec = client.V1DeploymentSpec(replicas=1, selector=client.V1LabelSelector(match_labels={"app": "dashboard"}), template=template)
    body = client.V1Deployment(api_version="apps/v1", kind="Deployment", metadata=client.V1ObjectMeta(name="dashboard"), spec=spec)
    client.AppsV1Api().create_namespaced_deployment(namespace=namespace, body=body)
