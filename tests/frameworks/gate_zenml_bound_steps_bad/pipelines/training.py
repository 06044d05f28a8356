"""Continuous deployment with the ZenML pipeline API before 0.40: the pipeline declares its
steps as parameters and the concrete steps are bound where it is instantiated (run.py)."""
from zenml.pipelines import pipeline


@pipeline(enable_cache=False)
def churn_deployment_pipeline(importer, trainer, evaluator, deployment_trigger, model_deployer):
    train, test = importer()
    model = trainer(train=train)
    auc = evaluator(model=model, test=test)
    decision = deployment_trigger(auc=auc)
    model_deployer(decision, model)
