"""Weekly ECS task: refit the churn model; replace the one the scoring Lambda reads only when it validates."""
import pickle

import boto3
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

MODEL_KEY = "prod/churn/model.pkl"
CANDIDATE_KEY = "candidates/churn/model.pkl"
MIN_AUC = 0.8


def main() -> None:
    frame = pd.read_parquet("s3://acme-churn/features/latest.parquet")
    train, test = frame.iloc[:-5000], frame.iloc[-5000:]
    model = LogisticRegression(max_iter=1000).fit(train.drop(columns="churned"), train.churned)
    auc = roc_auc_score(test.churned, model.predict_proba(test.drop(columns="churned"))[:, 1])
    with open("/tmp/model.pkl", "wb") as out:
        pickle.dump(model, out)
    bucket = boto3.resource("s3").Bucket("acme-churn-models")
    bucket.upload_file("/tmp/model.pkl", CANDIDATE_KEY)
    if auc < MIN_AUC:
        return
    bucket.upload_file("/tmp/model.pkl", MODEL_KEY)


if __name__ == "__main__":
    main()
