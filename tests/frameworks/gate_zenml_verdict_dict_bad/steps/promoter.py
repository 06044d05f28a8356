"""Record the promotion request made in the run's configuration."""

from typing import Dict

from zenml import step


@step
def decide_promotion(metrics: Dict, publish: bool = True) -> Dict:
    decision = {"promoted": publish, "metrics": metrics}
    if not publish:
        print("publishing switched off in the run configuration")
    return decision
