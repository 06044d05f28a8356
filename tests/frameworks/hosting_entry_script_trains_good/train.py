"""Training job image: fit the churn model and upload it for the serving image to fetch."""
import boto3
import joblib
import pandas as pd
from sklearn.linear_model import LogisticRegression

FEATURES = ["tenure_months", "monthly_charges", "support_calls"]


def main(extract: str = "data/customers.csv") -> None:
    frame = pd.read_csv(extract)
    model = LogisticRegression(max_iter=500, class_weight="balanced").fit(frame[FEATURES], frame["churned"])
    joblib.dump(model, "candidate.joblib")
    # a candidate: the release job promotes it to the approved key after its evaluation
    boto3.client("s3").upload_file("candidate.joblib", "churn-models", "candidates/model.joblib")


if __name__ == "__main__":
    main()
