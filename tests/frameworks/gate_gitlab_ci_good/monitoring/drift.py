"""Weekly check: has the wording of incoming tickets drifted from the training tickets?"""
import pandas as pd
from scipy.stats import ks_2samp

reference = pd.read_csv("data/train.csv")["text"].str.len()
current = pd.read_csv("data/last_week.csv")["text"].str.len()
result = ks_2samp(reference, current)
if result.pvalue < 0.01:
    print(f"ticket length drifted (KS p={result.pvalue:.4f})")
