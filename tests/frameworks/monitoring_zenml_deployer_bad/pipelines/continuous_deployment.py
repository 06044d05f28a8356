from zenml import pipeline

from steps.deploy import deploy_service
from steps.ingest import load_features
from steps.train import train_classifier


@pipeline(enable_cache=False)
def continuous_deployment(workers: int = 1):
    model = train_classifier(load_features())
    deploy_service(model=model, workers=workers, timeout=120)
