# Databricks notebook source
# Daily drift check: compare this week's demand features with the training reference.
import pandas as pd
from scipy.stats import ks_2samp

reference = pd.read_parquet("/dbfs/demand/train.parquet")
current = pd.read_parquet("/dbfs/demand/scored_last_7d.parquet")
drifted = [c for c in ("price", "promo_depth", "temperature") if ks_2samp(reference[c], current[c]).pvalue < 0.01]
if drifted:
    raise RuntimeError(f"feature drift in {drifted}")
