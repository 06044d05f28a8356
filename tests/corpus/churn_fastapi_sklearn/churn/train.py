"""Train the churn classifier. Run with ``python -m churn.train data/churn.parquet``."""
import sys
from dataclasses import dataclass
from pathlib import Path

import joblib
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

from churn.features import build_features

ARTIFACT = Path("artifacts/churn_rf.joblib")


@dataclass
class TrainResult:
    model: RandomForestClassifier
    auc: float


def train_model(raw: pd.DataFrame, n_estimators: int = 400) -> TrainResult:
    X = build_features(raw)
    y = raw["churned"].astype(int)
    X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, stratify=y, random_state=7)
    clf = RandomForestClassifier(n_estimators=n_estimators, min_samples_leaf=5, n_jobs=-1, class_weight="balanced")
    clf.fit(X_train, y_train)
    auc = roc_auc_score(y_val, clf.predict_proba(X_val)[:, 1])
    return TrainResult(model=clf, auc=auc)


if __name__ == "__main__":
    result = train_model(pd.read_parquet(sys.argv[1]))
    ARTIFACT.parent.mkdir(exist_ok=True)
    joblib.dump(result.model, ARTIFACT)
    print(f"validation auc={result.auc:.4f}")
