"""SageMaker SKLearn training script for the claims-fraud model."""
import argparse
import json
import os

import joblib
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import f1_score
from sklearn.model_selection import GridSearchCV

TARGET = "is_fraudulent"
FEATURES = [
    "claim_amount",
    "annual_premium",
    "policy_age_days",
    "prior_claims",
    "claim_to_premium",
    "log_claim_amount",
]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--model-dir", default=os.environ.get("SM_MODEL_DIR"))
    p.add_argument("--train", default=os.environ.get("SM_CHANNEL_TRAIN"))
    p.add_argument("--output-data-dir", default=os.environ.get("SM_OUTPUT_DATA_DIR"))
    args = p.parse_args()
    df = pd.read_parquet(os.path.join(args.train, "claims.parquet"))
    search = GridSearchCV(
        HistGradientBoostingClassifier(class_weight="balanced"),
        {"max_depth": [4, 6, 8], "learning_rate": [0.03, 0.1]},
        scoring="f1",
        cv=5,
    )
    search.fit(df[FEATURES], df[TARGET])
    joblib.dump(search.best_estimator_, os.path.join(args.model_dir, "model.joblib"))
    with open(os.path.join(args.output_data_dir, "evaluation.json"), "w") as fh:
        json.dump({"metrics": {"f1": {"value": float(search.best_score_)}}}, fh)


if __name__ == "__main__":
    main()
