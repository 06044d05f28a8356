"""Continuous deployment: train, score, and let the trigger decide whether the MLflow server gets the model."""
from zenml import pipeline
from zenml.integrations.mlflow.steps import mlflow_model_deployer_step

from steps.monitoring import drift_report
from steps.training import fit, load, score
from steps.trigger import deployment_trigger


@pipeline(enable_cache=False)
def continuous_deployment():
    train, test = load()
    model = fit(train)
    recall = score(model, test)
    decision = deployment_trigger(recall)
    mlflow_model_deployer_step(model=model, deploy_decision=decision, workers=2)
    drift_report(train, test)
