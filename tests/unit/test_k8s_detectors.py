"""Drift detectors declared in Kubernetes manifests (facts/configs/k8s_detectors.py)."""

from __future__ import annotations

from pytest_mllens.facts.configs.deploy_config import extract_config
from pytest_mllens.facts.configs.k8s_detectors import declared_detectors

SELDON_V2_DRIFT = """\
apiVersion: mlops.seldon.io/v1alpha1
kind: Model
metadata:
  name: churn-drift
spec:
  storageUri: "gs://models/churn/drift-detector"
  requirements:
    - mlserver
    - alibi-detect
"""

SELDON_V1_LOGGER = """\
apiVersion: machinelearning.seldon.io/v1
kind: SeldonDeployment
metadata:
  name: churn
spec:
  predictors:
    - name: default
      graph:
        name: classifier
        implementation: SKLEARN_SERVER
        modelUri: gs://models/churn/v3
        logger:
          mode: all
          url: http://churn-drift-detector.monitoring
"""


def test_a_seldon_v2_model_served_by_the_alibi_detect_runtime_as_a_drift_detector_is_declared_at_its_kind_line() -> None:
    assert declared_detectors(SELDON_V2_DRIFT) == [(2, "k8s:drift-detector")]


def test_an_alibi_detect_outlier_detector_is_not_a_drift_detector() -> None:
    outlier = SELDON_V2_DRIFT.replace("churn-drift", "churn-outlier").replace("drift-detector", "outlier-detector")
    assert declared_detectors(outlier) == []


def test_a_model_named_for_drift_without_the_alibi_detect_runtime_is_not_a_drift_detector() -> None:
    assert declared_detectors(SELDON_V2_DRIFT.replace("    - alibi-detect\n", "")) == []


def test_drift_in_a_comment_declares_nothing() -> None:
    assert declared_detectors("# TODO: drift detection\napiVersion: v1\nkind: ConfigMap\ndata:\n  owner: ml-team\n") == []


def test_a_seldon_v1_payload_logger_to_a_drift_detector_is_declared_at_its_url_line() -> None:
    assert declared_detectors(SELDON_V1_LOGGER) == [(14, "k8s:drift-logger")]


def test_a_payload_logger_outside_a_serving_resource_declares_nothing() -> None:
    assert declared_detectors(SELDON_V1_LOGGER.replace("kind: SeldonDeployment", "kind: ConfigMap")) == []


def test_the_alibi_detect_server_run_as_a_drift_detector_counts_in_any_document_of_a_stream() -> None:
    stream = (
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: monitoring\n---\n"
        "apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: drift\nspec:\n  template:\n    spec:\n      containers:\n"
        "        - image: seldonio/alibi-detect-server:1.18.0\n          args: [--model_name, churn, DriftDetector]\n"
    )
    assert declared_detectors(stream) == [(14, "k8s:drift-detector")]
    assert declared_detectors(stream.replace("DriftDetector", "OutlierDetector")) == []


def test_a_manifest_s_drift_detector_is_a_declared_resource_of_its_config_facts() -> None:
    facts = extract_config("k8s/churn-drift.yaml", SELDON_V2_DRIFT.encode())
    assert (2, "k8s:drift-detector") in facts.extra["resources"]
