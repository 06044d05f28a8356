import mlflow
from mlflow.tracking import MlflowClient
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score
import pandas as pd

from fraud.registry_ops import annotate, promote

MODEL = "fraud-detector"
MIN_AUC = 0.92


def main() -> None:
    frame = pd.read_parquet("data/transactions.parquet")
    train, valid = frame.iloc[:80000], frame.iloc[80000:]
    with mlflow.start_run():
        clf = GradientBoostingClassifier().fit(train.drop(columns="label"), train.label)
        auc = roc_auc_score(valid.label, clf.predict_proba(valid.drop(columns="label"))[:, 1])
        mlflow.log_metric("val_auc", auc)
        if auc < MIN_AUC:
            raise SystemExit(f"val_auc {auc:.3f} below {MIN_AUC}: not registered, not promoted")
        info = mlflow.sklearn.log_model(clf, "model", registered_model_name=MODEL)
    client = MlflowClient()
    version = info.registered_model_version
    annotate(client, MODEL, version, "fraud-team")
    promote(client, MODEL, version, "Production")


if __name__ == "__main__":
    main()
