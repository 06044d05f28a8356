"""ZenML step: deploy only a model whose recall on stroke cases clears the clinical bar."""
from zenml import step

MIN_RECALL = 0.7


@step
def deployment_trigger(recall: float) -> bool:
    decision = recall >= MIN_RECALL
    return decision
