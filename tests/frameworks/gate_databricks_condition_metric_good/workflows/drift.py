"""Job task: weekly drift check of served claims against the training sample."""
import pandas as pd
from scipy.stats import ks_2samp

reference = pd.read_parquet("/Volumes/main/claims/features/train.parquet")
current = pd.read_parquet("/Volumes/main/claims/inference/last_7d.parquet")
drifted = [c for c in ("claim_amount", "vehicle_age") if ks_2samp(reference[c], current[c]).pvalue < 0.01]
if drifted:
    raise RuntimeError(f"drift in {drifted}")
