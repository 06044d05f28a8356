"""Population stability index of the scored leads against the training snapshot."""
from __future__ import annotations

import logging
import os

import numpy as np
import pandas as pd
import requests

from leadscore.features import NUM_FEATURES, build_features

log = logging.getLogger(__name__)
PSI_ALERT = 0.2


def population_stability_index(expected: np.ndarray, actual: np.ndarray, bins: int = 10) -> float:
    edges = np.unique(np.quantile(expected, np.linspace(0, 1, bins + 1)))
    edges[0], edges[-1] = -np.inf, np.inf
    e_pct = np.histogram(expected, edges)[0] / max(len(expected), 1)
    a_pct = np.histogram(actual, edges)[0] / max(len(actual), 1)
    e_pct, a_pct = np.clip(e_pct, 1e-4, None), np.clip(a_pct, 1e-4, None)
    return float(np.sum((a_pct - e_pct) * np.log(a_pct / e_pct)))


def daily_psi_check(ds: str, **_) -> dict[str, float]:
    reference = build_features(pd.read_parquet(os.environ["LEAD_TRAINING_SNAPSHOT"]))
    scored = pd.read_sql(
        f"select * from crm.scored_leads where scored_at::date = date '{ds}'",
        os.environ["CRM_WAREHOUSE_URI"],
    )
    current = build_features(scored)
    psi = {col: population_stability_index(reference[col].to_numpy(), current[col].to_numpy()) for col in NUM_FEATURES}
    drifted = {col: round(v, 3) for col, v in psi.items() if v > PSI_ALERT}
    log.info("PSI %s: %s", ds, psi)
    if drifted and os.environ.get("SLACK_WEBHOOK_URL"):
        requests.post(os.environ["SLACK_WEBHOOK_URL"], json={"text": f"lead-scoring PSI alert {ds}: {drifted}"}, timeout=10)
    return psi
