"""Daily job: compare yesterday's captured requests with the training reference."""

import pandas as pd

from monitoring.stats_drift import categorical_drift, numeric_drift, population_stability_index


def main() -> None:
    reference = pd.read_parquet("s3://churn/reference/train.parquet")
    current = pd.read_parquet("s3://churn/captured/yesterday.parquet")
    report = numeric_drift(reference, current)
    report["contract"] = categorical_drift(reference["contract"].value_counts(), current["contract"].value_counts())
    report["score_psi"] = population_stability_index(reference["score"].to_numpy(), current["score"].to_numpy())
    pd.DataFrame(report).to_json("reports/drift.json")


if __name__ == "__main__":
    main()
