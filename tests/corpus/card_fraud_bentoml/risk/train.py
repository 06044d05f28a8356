"""Retrain the card fraud model.

    python -m risk.train --snapshot 2024-05-01 [--dry-run]
"""
from __future__ import annotations

import argparse
import logging

import bentoml
import lightgbm as lgb
import mlflow
import mlflow.lightgbm
import pandas as pd

from risk import config
from risk.features import FEATURE_COLUMNS, build_features
from risk.metrics import fraud_metrics, recall_at_alert_rate

log = logging.getLogger("risk.train")


def load_snapshot(snapshot: str) -> pd.DataFrame:
    return pd.read_parquet(f"s3://risk-ml-data/fraud/snapshots/{snapshot}/transactions.parquet")


def split_out_of_time(df: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    ts = pd.to_datetime(df["event_ts"])
    cutoff = ts.max() - pd.Timedelta(days=config.OOT_DAYS)
    return df[ts <= cutoff], df[ts > cutoff]


def train(snapshot: str, dry_run: bool = False) -> dict[str, float]:
    raw = load_snapshot(snapshot)
    train_df, oot_df = split_out_of_time(raw)
    x_train, y_train = build_features(train_df), train_df["is_fraud"]
    x_oot, y_oot = build_features(oot_df), oot_df["is_fraud"]

    mlflow.set_tracking_uri(config.MLFLOW_TRACKING_URI)
    mlflow.set_experiment(config.EXPERIMENT)
    with mlflow.start_run(run_name=f"lgbm-{snapshot}"):
        mlflow.log_params(config.LGBM_PARAMS)
        booster = lgb.train(
            config.LGBM_PARAMS,
            lgb.Dataset(x_train, y_train, categorical_feature=["mcc"]),
            num_boost_round=3000,
            valid_sets=[lgb.Dataset(x_oot, y_oot, categorical_feature=["mcc"])],
            callbacks=[lgb.early_stopping(150), lgb.log_evaluation(100)],
        )
        scores = booster.predict(x_oot[FEATURE_COLUMNS])
        metrics = fraud_metrics(y_oot, scores)
        metrics["recall_at_0.5pct"] = recall_at_alert_rate(y_oot, scores)
        mlflow.log_metrics(metrics)
        # logged as a run artifact only; registration happens in scripts/promote_champion.py
        mlflow.lightgbm.log_model(booster, artifact_path="model")
        log.info("oot metrics: %s", metrics)

        if dry_run:
            return metrics
        if metrics["auc"] < config.MIN_AUC or metrics["pr_auc"] < config.MIN_PR_AUC:
            raise RuntimeError(f"model below quality bar, not saving to the Bento store: {metrics}")

        bentoml.lightgbm.save_model(
            config.BENTO_MODEL,
            booster,
            labels={"snapshot": snapshot, "owner": "risk-ml"},
            metadata=metrics,
        )
    return metrics


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--snapshot", required=True)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    train(args.snapshot, dry_run=args.dry_run)


if __name__ == "__main__":
    main()
