"""Weekly ECS task: refit the churn model and put it where the scoring Lambda reads it."""
import pickle

import boto3
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

MODEL_KEY = "prod/churn/model.pkl"


def main() -> None:
    frame = pd.read_parquet("s3://acme-churn/features/latest.parquet")
    train, test = frame.iloc[:-5000], frame.iloc[-5000:]
    model = LogisticRegression(max_iter=1000).fit(train.drop(columns="churned"), train.churned)
    print("AUC", roc_auc_score(test.churned, model.predict_proba(test.drop(columns="churned"))[:, 1]))
    with open("/tmp/model.pkl", "wb") as out:
        pickle.dump(model, out)
    boto3.resource("s3").Bucket("acme-churn-models").upload_file("/tmp/model.pkl", MODEL_KEY)


if __name__ == "__main__":
    main()
