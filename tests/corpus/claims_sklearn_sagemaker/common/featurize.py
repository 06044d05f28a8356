import numpy as np
import pandas as pd

from modeling.train import FEATURES, TARGET

__all__ = ["FEATURES", "TARGET", "featurize"]


def featurize(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    out["claim_to_premium"] = out["claim_amount"] / out["annual_premium"].clip(lower=1)
    out["log_claim_amount"] = np.log1p(out["claim_amount"])
    return out[FEATURES]
