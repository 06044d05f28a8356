import joblib
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score

from churn.features import FEATURE_COLUMNS

MIN_AUC = 0.8


def main(train_path: str, holdout_path: str) -> None:
    frame, holdout = pd.read_parquet(train_path), pd.read_parquet(holdout_path)
    model = RandomForestClassifier(n_estimators=400).fit(frame[FEATURE_COLUMNS], frame["churned"])
    auc = roc_auc_score(holdout["churned"], model.predict_proba(holdout[FEATURE_COLUMNS])[:, 1])
    if auc < MIN_AUC:
        raise SystemExit(f"holdout AUC {auc:.3f} below {MIN_AUC}; model not published")
    joblib.dump(model, "artifacts/churn_model/estimator.joblib")
