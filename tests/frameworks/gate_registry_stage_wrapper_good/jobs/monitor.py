# Databricks notebook source
# Weekly drift check of the current price features against the training sample.
import pandas as pd
from scipy.stats import ks_2samp

reference = pd.read_parquet("/dbfs/pricing/train_sample.parquet")
current = pd.read_parquet("/dbfs/pricing/inference_log_7d.parquet")
drifted = [c for c in ("discount", "competitor_gap", "season_index") if ks_2samp(reference[c], current[c]).pvalue < 0.01]
if drifted:
    raise RuntimeError(f"feature drift in {drifted}")
