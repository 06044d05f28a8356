"""Nightly job: score every active customer with the champion model."""
from dataclasses import dataclass, field

from churn.io import stores
from churn.jobs import base


@dataclass
class ScoreJob(base.Job):
    source: stores.ParquetSource = field(default_factory=lambda: stores.ParquetSource("data/active.parquet"))
    sink: stores.ParquetSink = field(default_factory=lambda: stores.ParquetSink("data/scores.parquet"))
    alias: str = "champion"

    def run(self) -> dict:
        customers = self.source.read()
        model = self.registry.load(alias=self.alias)
        scores = model.predict(customers)
        self.sink.write(scores)
        return {"rows": len(scores)}
