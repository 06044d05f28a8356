"""Nightly job: refit the ticket-routing pipeline and export it for the routing API."""
from pathlib import Path

import joblib
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.pipeline import make_pipeline


def main() -> None:
    tickets = pd.read_parquet("data/tickets.parquet")
    train, test = tickets[tickets.week < 40], tickets[tickets.week >= 40]
    pipeline = make_pipeline(TfidfVectorizer(min_df=3), LogisticRegression(max_iter=2000))
    pipeline.fit(train.text, train.queue)
    print("macro F1", f1_score(test.queue, pipeline.predict(test.text), average="macro"))
    export_dir = Path("models/latest")
    export_dir.mkdir(parents=True, exist_ok=True)
    joblib.dump(pipeline, export_dir / "model.joblib")


if __name__ == "__main__":
    main()
