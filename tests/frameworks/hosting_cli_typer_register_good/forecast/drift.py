import pandas as pd
from scipy.stats import wasserstein_distance


def price_drift(reference: pd.DataFrame, current: pd.DataFrame) -> float:
    return float(wasserstein_distance(reference["price"], current["price"]))
