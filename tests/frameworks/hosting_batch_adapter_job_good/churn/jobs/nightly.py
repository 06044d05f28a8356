"""The nightly run: add a churn score column to the CRM export."""
from dataclasses import dataclass

from churn.io import stores
from churn.jobs import base


@dataclass
class ScoringJob(base.Job):
    export: str = "data/crm_export.parquet"

    def run(self) -> dict:
        accounts = stores.ParquetSource(self.export).read()
        champion = self.registry.load(alias="champion")
        accounts["churn_score"] = champion.predict(accounts)
        accounts.to_parquet(self.export.replace(".parquet", "_scored.parquet"))
        return {"rows": len(accounts)}
