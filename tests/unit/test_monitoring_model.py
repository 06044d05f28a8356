"""model/roles/monitoring.py: what counts as monitoring evidence and as exposure, on in-memory projects."""

from __future__ import annotations

from pytest_mllens.model.roles.monitoring import exposures, monitoring_evidence, words
from pytest_mllens.testing import analyse_sources

SERVE = "import joblib\nfrom fastapi import FastAPI\n\napp = FastAPI()\nmodel = joblib.load('m.joblib')\n"


def _evidence(files: dict[str, str]) -> list[str]:
    project, _ = analyse_sources(files)
    return [f"{m.path}:{m.line}" for m in monitoring_evidence(project)]


def _exposed(files: dict[str, str]) -> list[str]:
    project, _ = analyse_sources(files)
    return [f"{e.path}:{e.line}" for e in exposures(project)]


def test_words_split_snake_camel_and_digits() -> None:
    """Identifiers split into lower-case words at underscores, digits and camel humps."""
    assert words(["X_ref", "refDf", "ground_truth2", "lastHours"]) == {"x", "ref", "df", "ground", "truth", "last", "hours"}


def test_metric_on_recent_actuals_published_to_cloudwatch_is_monitoring() -> None:
    """An error metric over actuals, published with put_metric_data in the same function, is model-quality monitoring."""
    job = (
        "import boto3\nfrom sklearn.metrics import mean_absolute_error\n\n"
        "def publish(predictions, actuals):\n"
        "    mae = mean_absolute_error(actuals, predictions)\n"
        "    boto3.client('cloudwatch').put_metric_data(Namespace='q', MetricData=[{'MetricName': 'mae', 'Value': mae}])\n"
    )
    assert _evidence({"serve.py": SERVE, "job.py": job}) == ["job.py:6"]


def test_metric_without_publication_and_publication_without_metric_are_not_monitoring() -> None:
    """A printed metric and a published latency are each only half of monitoring."""
    metric_only = "from sklearn.metrics import mean_absolute_error\n\ndef report(actuals, predictions):\n    print(mean_absolute_error(actuals, predictions))\n"
    publish_only = "import boto3\n\ndef latency(ms_last_hour):\n    boto3.client('cloudwatch').put_metric_data(Namespace='s', MetricData=[{'Value': ms_last_hour}])\n"
    assert _evidence({"serve.py": SERVE, "a.py": metric_only, "b.py": publish_only}) == []


def test_published_metric_needs_recent_or_ground_truth_words() -> None:
    """A metric on a fixed test split, even if published, is evaluation."""
    job = (
        "import boto3\nfrom sklearn.metrics import accuracy_score\n\n"
        "def publish(y_test, y_pred):\n"
        "    boto3.client('cloudwatch').put_metric_data(Namespace='q', MetricData=[{'Value': accuracy_score(y_test, y_pred)}])\n"
    )
    assert _evidence({"serve.py": SERVE, "job.py": job}) == []


def test_gauge_defined_in_another_module_is_resolved() -> None:
    """ACCURACY.set(...) counts when ACCURACY = Gauge(...) in the project module it is imported from."""
    gauges = "from prometheus_client import Gauge\n\nACCURACY = Gauge('acc', 'rolling accuracy')\n"
    job = (
        "from sklearn.metrics import accuracy_score\nfrom gauges import ACCURACY\n\n"
        "def refresh(observed_labels, predictions):\n"
        "    ACCURACY.set(accuracy_score(observed_labels, predictions))\n"
    )
    assert _evidence({"serve.py": SERVE, "gauges.py": gauges, "job.py": job}) == ["job.py:5"]


def test_zenml_drift_step_counts_only_on_current_data() -> None:
    """An Evidently step comparing a reference with inference data is monitoring; two training splits are not."""
    step = "from zenml.integrations.evidently.steps import evidently_report_step\n\n"
    current = step + "def p(ref, df_inference):\n    evidently_report_step(reference_dataset=ref, comparison_dataset=df_inference)\n"
    splits = step + "def p(a, b):\n    evidently_report_step(reference_dataset=a, comparison_dataset=b)\n"
    assert _evidence({"serve.py": SERVE, "p.py": current}) == ["p.py:4"]
    assert _evidence({"serve.py": SERVE, "p.py": splits}) == []


def test_promotion_to_a_non_serving_stage_exposes_nothing() -> None:
    """transition to Staging and a challenger alias are not exposure; Production and a computed stage are."""
    code = (
        "from mlflow.tracking import MlflowClient\n\nc = MlflowClient()\n"
        "c.transition_model_version_stage(name='m', version=3, stage='Staging')\n"
        "c.set_registered_model_alias('m', 'challenger', 3)\n"
        "c.transition_model_version_stage(name='m', version=3, stage='Production')\n"
        "c.transition_model_version_stage('m', 3, target_stage)\n"
    )
    assert _exposed({"promote.py": code}) == ["promote.py:6", "promote.py:7"]


def test_registering_or_pushing_to_a_hub_exposes_the_published_model() -> None:
    """A registry write or a Hub push publishes the model to be served, here or elsewhere
    (LABELLING.md counts a release call as serving); saving a file exposes nothing by itself."""
    code = (
        "import joblib\nimport mlflow\nfrom transformers import AutoModel\n\n"
        "mlflow.register_model('runs:/1/model', 'm')\nAutoModel.from_pretrained('x').push_to_hub('acme/x')\njoblib.dump({}, 'model.joblib')\n"
    )
    assert _exposed({"publish.py": code}) == ["publish.py:5", "publish.py:6"]


def test_cdk_endpoint_is_exposure() -> None:
    """A CfnEndpoint defined in the repository is a served model, like a deploy call."""
    code = "from aws_cdk import aws_sagemaker as sm\n\nsm.CfnEndpoint(scope, 'E', endpoint_config_name='c')\n"
    assert _exposed({"stack.py": code}) == ["stack.py:3"]


def test_sagemaker_local_mode_deploy_is_not_exposure() -> None:
    """deploy(instance_type='local') runs on the notebook's machine; a real instance type is an endpoint."""
    code = (
        "from sagemaker.sklearn import SKLearnModel\n\nmodel = SKLearnModel(model_data='s3://b/m.tar.gz', role='r', entry_point='inference.py')\n"
        "model.deploy(initial_instance_count=1, instance_type='local')\n"
        "model.deploy(initial_instance_count=1, instance_type='ml.m5.large')\n"
    )
    assert _exposed({"try_it.py": code}) == ["try_it.py:5"]
