import os
import pickle

import lightgbm as lgb
import pandas as pd
from sklearn.metrics import roc_auc_score
from boxkite.monitoring.service import ModelMonitoringService

FEATURES = ["tenure_months", "monthly_charges", "support_calls", "contract_length"]


def main() -> None:
    frame = pd.read_parquet(os.environ["FEATURES_PATH"])
    model = lgb.LGBMClassifier(n_estimators=400, num_leaves=31)
    model.fit(frame[FEATURES], frame["churned"])
    holdout = pd.read_parquet(os.environ["HOLDOUT_PATH"])
    auc = roc_auc_score(holdout["churned"], model.predict_proba(holdout[FEATURES])[:, 1])
    if auc < 0.78:
        raise SystemExit(f"holdout AUC {auc:.3f} is below the 0.78 release bar")
    # training distributions, written next to the model as the drift baseline
    ModelMonitoringService.export_text(
        features=frame[FEATURES].items(),
        inference=model.predict_proba(frame[FEATURES])[:, 1].tolist(),
    )
    with open("/artefact/churn_model.pkl", "wb") as handle:
        pickle.dump(model, handle)


if __name__ == "__main__":
    main()
