"""'Drift report': summary statistics of this month's training features, written to S3.

It describes one dataset; nothing compares it with what the endpoint receives."""

import pandas as pd

if __name__ == "__main__":
    features = pd.read_csv("/opt/ml/processing/input/train.csv")
    features.describe().to_csv("/opt/ml/processing/output/feature_summary.csv")
