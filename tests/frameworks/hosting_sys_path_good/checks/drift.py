import pandas as pd
from alibi_detect.cd import TabularDrift


def detector(reference: pd.DataFrame) -> TabularDrift:
    return TabularDrift(reference.to_numpy(), p_val=0.05)
