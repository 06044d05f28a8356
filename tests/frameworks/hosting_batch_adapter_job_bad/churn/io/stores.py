"""Where the jobs read rows, write scores and keep model versions."""
from dataclasses import dataclass
from pathlib import Path

import joblib
import pandas as pd

MODELS = Path("models")


@dataclass
class ParquetSource:
    path: str

    def read(self) -> pd.DataFrame:
        return pd.read_parquet(self.path)


@dataclass
class ParquetSink:
    path: str

    def write(self, scores) -> None:
        pd.DataFrame({"churn_score": scores}).to_parquet(self.path)


class ModelStore:
    def load(self, alias: str):
        return joblib.load(MODELS / alias / "model.joblib")

    def save(self, model) -> str:
        MODELS.joinpath("candidate").mkdir(parents=True, exist_ok=True)
        joblib.dump(model, MODELS / "candidate" / "model.joblib")
        return "candidate"
