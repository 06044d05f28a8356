import numpy as np
import pandas as pd
import sqlalchemy

ENGINE = sqlalchemy.create_engine("postgresql://scoring@db/scores")


class ScoreHistogram:
    """Bin shares of the churn scores, last run beside this one, for the scoring dashboard."""

    def __init__(self, bins: int = 10):
        self.edges = np.linspace(0.0, 1.0, bins + 1)

    def _shares(self, scores: np.ndarray) -> np.ndarray:
        counts, _ = np.histogram(scores, bins=self.edges)
        return counts / max(counts.sum(), 1)

    def side_by_side(self, reference_scores: np.ndarray, current_scores: np.ndarray) -> pd.DataFrame:
        return pd.DataFrame({"bin": self.edges[1:], "previous": self._shares(reference_scores), "current": self._shares(current_scores)})

    def publish(self, run_id: str, output_path: str) -> None:
        current = pd.read_parquet(output_path)["churn_probability"].to_numpy()
        previous = pd.read_sql("select churn_probability from scores where run_id = (select max(run_id) from scores)", ENGINE)
        table = self.side_by_side(previous["churn_probability"].to_numpy(), current)
        table.assign(run_id=run_id).to_sql("score_histograms", ENGINE, if_exists="append")
