"""Fit the churn classifier on the labelled history and hand it to the registry."""
from dataclasses import dataclass

import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier

from churn.jobs import base


@dataclass
class FitJob(base.Job):
    history: str = "data/history.parquet"

    def run(self) -> dict:
        frame = pd.read_parquet(self.history)
        model = GradientBoostingClassifier(n_estimators=300)
        model.fit(frame.drop(columns="churned"), frame["churned"])
        version = self.registry.save(model)
        return {"version": version}
