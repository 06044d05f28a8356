"""Nightly training job: fits the churn classifier and writes it for the platform team's server."""

import joblib
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier

FEATURES = ["tenure_months", "monthly_charges", "support_calls"]


def main(path: str = "data/customers.parquet") -> None:
    frame = pd.read_parquet(path)
    model = GradientBoostingClassifier(n_estimators=300, max_depth=3)
    model.fit(frame[FEATURES], frame["churned"])
    joblib.dump(model, "artifacts/churn.joblib")


if __name__ == "__main__":
    main()
