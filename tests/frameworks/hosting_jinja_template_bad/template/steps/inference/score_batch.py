import pandas as pd
from zenml import get_step_context, step


@step
def score_batch(rows: pd.DataFrame) -> pd.Series:
    """Scores the nightly batch with the model version the pipeline was started for."""
    classifier = get_step_context().model.load_artifact("classifier")
    return pd.Series(classifier.predict(rows), name="churn_score")
