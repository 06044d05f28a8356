"""Roll the Production model of the registry out to the cluster."""
from kubernetes import client, config

MODEL_URI = "models:/churn/Production"


def rollout(namespace: str = "ml") -> None:
    config.load_kube_config()
    container = client.V1Container(
        name="churn-server",
        image="registry.example.com/mlflow-server:2.9",
        args=["mlflow", "models", "serve", "-m", MODEL_URI, "-h", "0.0.0.0", "-p", "8080"],
        ports=[client.V1ContainerPort(container_port=8080)],
    )
    template = client.V1PodTemplateSpec(metadata=client.V1ObjectMeta(labels={"app": "churn"}), spec=client.V1PodSpec(containers=[container]))
    spec = client.V1DeploymentSpec(replicas=2, selector=client.V1LabelSelector(match_labels={"app": "churn"}), template=template)
    deployment = client.V1Deployment(api_version="apps/v1", kind="Deployment", metadata=client.V1ObjectMeta(name="churn"), spec=spec)
    client.AppsV1Api().create_namespaced_deployment(namespace=namespace, body=deployment)


if __name__ == "__main__":
    rollout()
