"""Bind the steps and run the churn deployment pipeline."""
from zenml.integrations.mlflow.steps import MLFlowDeployerParameters, mlflow_model_deployer_step

from pipelines.training import churn_deployment_pipeline
from steps.churn import TriggerParameters, deployment_trigger, evaluator, importer, trainer

if __name__ == "__main__":
    churn_deployment_pipeline(
        importer=importer(),
        trainer=trainer(),
        evaluator=evaluator(),
        deployment_trigger=deployment_trigger(params=TriggerParameters(min_auc=0.82)),
        model_deployer=mlflow_model_deployer_step(params=MLFlowDeployerParameters(workers=2, timeout=120)),
    ).run()
