"""The same pipeline, bound to register the model in MLflow rather than serve it."""
from pipelines.training import churn_deployment_pipeline
from steps.churn import TriggerParameters, deployment_trigger, evaluator, importer, register_if_ready, trainer

if __name__ == "__main__":
    churn_deployment_pipeline(
        importer=importer(),
        trainer=trainer(),
        evaluator=evaluator(),
        deployment_trigger=deployment_trigger(params=TriggerParameters(min_auc=0.82)),
        model_deployer=register_if_ready(),
    ).run()
