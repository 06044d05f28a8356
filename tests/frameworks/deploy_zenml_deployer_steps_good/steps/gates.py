"""ZenML steps that decide on the hold-out average precision."""
import pandas as pd
from sklearn.base import ClassifierMixin
from zenml import step

MIN_AVERAGE_PRECISION = 0.62


@step
def deploy_trigger(average_precision: float) -> bool:
    """The deployer steps' deploy_decision: serve only a classifier that clears the bar."""
    return average_precision >= MIN_AVERAGE_PRECISION


@step
def checked_classifier(classifier: ClassifierMixin, average_precision: float) -> ClassifierMixin:
    """Hand the classifier on only when it clears the bar; otherwise the run fails here."""
    if average_precision < MIN_AVERAGE_PRECISION:
        raise RuntimeError(f"average precision {average_precision:.3f} below {MIN_AVERAGE_PRECISION}")
    return classifier
