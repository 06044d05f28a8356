from zenml.integrations.mlflow.model_deployers.mlflow_model_deployer import MLFlowModelDeployer


def prediction_service(pipeline_name: str, running: bool = True):
    """The MLflow prediction server the deployment pipeline started, if any."""
    deployer = MLFlowModelDeployer.get_active_model_deployer()
    services = deployer.find_model_server(pipeline_name=pipeline_name, running=running)
    return services[0] if services else None
