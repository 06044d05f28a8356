from zenml.integrations.mlflow.steps import mlflow_model_deployer_step

# one name for the deployer whatever the stack: the pipeline wires `deploy_service`
deploy_service = mlflow_model_deployer_step
