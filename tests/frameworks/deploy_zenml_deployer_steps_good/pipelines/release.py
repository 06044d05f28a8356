"""Nightly fraud pipeline: train, measure, and let the measurement decide what is released."""
from zenml import pipeline
from zenml.integrations.huggingface.services import HuggingFaceServiceConfig
from zenml.integrations.huggingface.steps import huggingface_model_deployer_step
from zenml.integrations.kserve.services import KServeDeploymentConfig
from zenml.integrations.kserve.steps import kserve_custom_model_deployer_step, kserve_model_deployer_step
from zenml.integrations.mlflow.steps.mlflow_registry import mlflow_register_model_step
from zenml.integrations.seldon.services import SeldonDeploymentConfig
from zenml.integrations.seldon.steps import seldon_custom_model_deployer_step

from steps.data import load_transactions
from steps.deployers import seldon_deployer
from steps.drift import feature_drift
from steps.gates import checked_classifier, deploy_trigger
from steps.model import fit_classifier, holdout_precision

SELDON = SeldonDeploymentConfig(model_name="fraud-clf", replicas=2, implementation="SKLEARN_SERVER")
KSERVE = KServeDeploymentConfig(model_name="fraud-clf", replicas=1, predictor="sklearn")
HF_ENDPOINT = HuggingFaceServiceConfig(endpoint_name="fraud-clf", repository="payments-ml/fraud-clf", framework="custom")

register_classifier = mlflow_register_model_step.with_options(parameters=dict(name="fraud-clf"))


@pipeline(enable_cache=False)
def fraud_registration():
    train, holdout = load_transactions()
    classifier = fit_classifier(train)
    average_precision = holdout_precision(classifier, holdout)
    # registered only through the step that fails the run below the bar
    checked = checked_classifier(classifier, average_precision)
    register_classifier(model=checked, name="fraud-clf")
    feature_drift(train, holdout)


@pipeline(enable_cache=False)
def fraud_serving():
    train, holdout = load_transactions()
    classifier = fit_classifier(train)
    decision = deploy_trigger(holdout_precision(classifier, holdout))
    seldon_deployer(model=classifier, service_config=SELDON, deploy_decision=decision)
    seldon_custom_model_deployer_step(model=classifier, service_config=SELDON, deploy_decision=decision)
    kserve_model_deployer_step(model=classifier, service_config=KSERVE, deploy_decision=decision)
    kserve_custom_model_deployer_step(model=classifier, service_config=KSERVE, deploy_decision=decision)
    huggingface_model_deployer_step(service_config=HF_ENDPOINT, deploy_decision=decision)
