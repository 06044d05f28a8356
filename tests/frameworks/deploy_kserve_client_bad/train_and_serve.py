"""Train the demand model, copy it to the bucket and (re)create its InferenceService."""
import joblib
from google.cloud import storage
from kfserving import KFServingClient
from kserve import KServeClient, V1beta1InferenceService, V1beta1InferenceServiceSpec, V1beta1PredictorSpec, V1beta1SKLearnSpec
from kubernetes import client as k8s
from kubernetes.client import V1ObjectMeta
from sklearn.ensemble import RandomForestRegressor

MODEL_URI = "gs://acme-ml/demand/model"


def train(features, target) -> None:
    model = RandomForestRegressor(n_estimators=300).fit(features, target)
    joblib.dump(model, "model.joblib")
    storage.Client().bucket("acme-ml").blob("demand/model/model.joblib").upload_from_filename("model.joblib")


def serve(namespace: str = "forecasting") -> None:
    isvc = V1beta1InferenceService(
        api_version="serving.kserve.io/v1beta1",
        kind="InferenceService",
        metadata=V1ObjectMeta(name="demand", namespace=namespace),
        spec=V1beta1InferenceServiceSpec(predictor=V1beta1PredictorSpec(sklearn=V1beta1SKLearnSpec(storage_uri=MODEL_URI))),
    )
    KServeClient().create(isvc)


def serve_raw(body: dict, namespace: str = "forecasting") -> None:
    api = k8s.CustomObjectsApi()
    api.create_namespaced_custom_object("serving.kserve.io", "v1beta1", namespace, "inferenceservices", body)
    api.patch_namespaced_custom_object(group="serving.kserve.io", version="v1beta1", namespace=namespace, plural="inferenceservices", name="demand", body=body)


def serve_legacy(isvc) -> None:
    KFServingClient().replace("demand", isvc, namespace="forecasting")


if __name__ == "__main__":
    train(*load_training_frame())
    serve()
