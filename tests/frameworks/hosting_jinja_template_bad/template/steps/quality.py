import pandas as pd
from zenml import step


@step
def drift_gate(reference: pd.DataFrame, current: pd.DataFrame) -> bool:
    return bool((reference.mean() - current.mean()).abs().max() < 0.1)
