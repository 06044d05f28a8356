"""Roll the candidate out to KServe only when its holdout MAPE beats the live model's."""
from kfserving import KFServingClient
from kserve import KServeClient
from kubernetes import client as k8s
from sklearn.metrics import mean_absolute_percentage_error

from forecasting.registry import live_mape


def release(candidate, isvc, holdout_x, holdout_y, namespace: str = "forecasting") -> bool:
    mape = mean_absolute_percentage_error(holdout_y, candidate.predict(holdout_x))
    if mape >= live_mape():
        return False
    KServeClient().replace("demand", isvc, namespace=namespace)
    return True


def launch_training(body: dict, namespace: str = "forecasting") -> None:
    """A TFJob is a training run, not a serving resource."""
    k8s.CustomObjectsApi().create_namespaced_custom_object(group="kubeflow.org", version="v1", namespace=namespace, plural="tfjobs", body=body)


def enable_canary(body: dict, namespace: str, canary_mape: float, live: float) -> None:
    if canary_mape < live:
        k8s.CustomObjectsApi().patch_namespaced_custom_object("serving.kserve.io", "v1beta1", namespace, "inferenceservices", "demand", body)


def promote_legacy(isvc, patch: dict, candidate_auc: float, live_auc: float) -> None:
    if candidate_auc <= live_auc:
        raise ValueError(f"candidate AUC {candidate_auc:.3f} does not beat live {live_auc:.3f}")
    KServeClient().patch("demand", patch, namespace="forecasting")
    KFServingClient().create(isvc, namespace="forecasting-legacy")
    KFServingClient().patch("demand", patch, namespace="forecasting-legacy")
