"""Cloud Build step: retrain the fraud model; publish it to the model bucket only when it beats the bar."""
import joblib
import pandas as pd
from google.cloud import storage
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score

BUCKET = "acme-fraud-models"
MODEL_FILE = "model.joblib"
MIN_PR_AUC = 0.55


def publish(local_path: str) -> None:
    bucket = storage.Client().bucket(BUCKET)
    blob = bucket.blob("serving/fraud/" + MODEL_FILE)
    blob.upload_from_filename(local_path)


def main() -> None:
    frame = pd.read_parquet("gs://acme-fraud-data/transactions.parquet")
    train, test = frame[frame.month < 11], frame[frame.month >= 11]
    model = HistGradientBoostingClassifier(max_iter=300).fit(train.drop(columns="fraud"), train.fraud)
    pr_auc = average_precision_score(test.fraud, model.predict_proba(test.drop(columns="fraud"))[:, 1])
    joblib.dump(model, MODEL_FILE)
    if pr_auc >= MIN_PR_AUC:
        publish(MODEL_FILE)
    else:
        print(f"PR-AUC {pr_auc:.3f} below {MIN_PR_AUC}: the served model stays")


if __name__ == "__main__":
    main()
