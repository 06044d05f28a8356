"""Nightly fraud pipeline: train, measure, then register and serve the new classifier."""
from zenml import pipeline
from zenml.integrations.bentoml.steps import bentoml_model_deployer_step
from zenml.integrations.mlflow.steps.mlflow_registry import mlflow_register_model_step
from zenml.integrations.seldon.services import SeldonDeploymentConfig
from zenml.integrations.seldon.steps import seldon_model_deployer_step

from steps.data import load_transactions
from steps.deployers import local_deployer
from steps.drift import feature_drift
from steps.model import fit_classifier, holdout_precision

SELDON = SeldonDeploymentConfig(model_name="fraud-clf", replicas=2, implementation="SKLEARN_SERVER")


@pipeline(enable_cache=False)
def fraud_release():
    train, holdout = load_transactions()
    classifier = fit_classifier(train)
    holdout_precision(classifier, holdout)  # measured, but nothing downstream reads it
    mlflow_register_model_step.with_options(parameters=dict(name="fraud-clf"))(model=classifier, name="fraud-clf")
    seldon_model_deployer_step(model=classifier, service_config=SELDON, timeout=300)
    bentoml_model_deployer_step(bento=classifier, model_name="fraud-clf", port=3000, deploy_decision=True)
    local_deployer(model=classifier, workers=2)
    feature_drift(train, holdout)
