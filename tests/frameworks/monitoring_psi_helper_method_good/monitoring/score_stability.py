import numpy as np
import pandas as pd
import sqlalchemy

ENGINE = sqlalchemy.create_engine("postgresql://scoring@db/scores")


class ScoreStability:
    """Population stability of the churn scores between consecutive nightly runs."""

    def __init__(self, bins: int = 10, threshold: float = 0.2):
        self.edges = np.linspace(0.0, 1.0, bins + 1)
        self.threshold = threshold

    def _shares(self, scores: np.ndarray) -> np.ndarray:
        counts, _ = np.histogram(scores, bins=self.edges)
        return (counts + 1e-6) / (counts.sum() + 1e-6 * len(counts))

    def psi(self, reference_scores: np.ndarray, current_scores: np.ndarray) -> float:
        ref, cur = self._shares(reference_scores), self._shares(current_scores)
        return float(np.sum((cur - ref) * np.log(cur / ref)))

    def check_run(self, run_id: str, output_path: str) -> bool:
        current = pd.read_parquet(output_path)["churn_probability"].to_numpy()
        previous = pd.read_sql("select churn_probability from scores where run_id = (select max(run_id) from scores)", ENGINE)
        value = self.psi(previous["churn_probability"].to_numpy(), current)
        pd.DataFrame([{"run_id": run_id, "psi": value, "drifted": value > self.threshold}]).to_sql("score_psi", ENGINE, if_exists="append")
        return value > self.threshold
