"""Lightweight KFP v2 components (each runs in its own container on Vertex AI Pipelines)."""
from typing import NamedTuple

from kfp import dsl
from kfp.dsl import Dataset, Input, Metrics, Model, Output

BASE = "python:3.11-slim"


@dsl.component(base_image=BASE, packages_to_install=["google-cloud-bigquery[pandas]==3.21.0", "pyarrow"])
def extract(bq_table: str, train_set: Output[Dataset], test_set: Output[Dataset]):
    from google.cloud import bigquery

    df = bigquery.Client().query(f"SELECT * FROM `{bq_table}` WHERE snapshot_date = CURRENT_DATE()").to_dataframe()
    test = df.sample(frac=0.2, random_state=7)
    df.drop(test.index).to_parquet(train_set.path)
    test.to_parquet(test_set.path)


@dsl.component(base_image=BASE, packages_to_install=["xgboost==2.0.3", "pandas", "pyarrow"])
def train_xgb(train_set: Input[Dataset], model_dir: str, max_depth: int = 6, n_rounds: int = 600) -> str:
    import os

    import pandas as pd
    import xgboost as xgb

    df = pd.read_parquet(train_set.path)
    label = df.pop("churned_60d")
    dtrain = xgb.DMatrix(df, label=label, enable_categorical=True)
    params = {"objective": "binary:logistic", "eval_metric": "auc", "max_depth": max_depth, "eta": 0.05, "tree_method": "hist"}
    booster = xgb.train(params, dtrain, num_boost_round=n_rounds)
    os.makedirs("/gcs/" + model_dir.removeprefix("gs://"), exist_ok=True)
    # the prebuilt XGBoost serving container expects model.bst in the artifact dir
    booster.save_model("/gcs/" + model_dir.removeprefix("gs://") + "/model.bst")
    return model_dir


@dsl.component(base_image=BASE, packages_to_install=["xgboost==2.0.3", "scikit-learn==1.4.2", "pandas", "pyarrow"])
def evaluate(test_set: Input[Dataset], model_dir: str, metrics: Output[Metrics]) -> NamedTuple("EvalOutputs", [("auc", float), ("pr_auc", float)]):
    from collections import namedtuple

    import pandas as pd
    import xgboost as xgb
    from sklearn.metrics import average_precision_score, roc_auc_score

    df = pd.read_parquet(test_set.path)
    label = df.pop("churned_60d")
    booster = xgb.Booster()
    booster.load_model("/gcs/" + model_dir.removeprefix("gs://") + "/model.bst")
    scores = booster.predict(xgb.DMatrix(df, enable_categorical=True))
    auc, pr_auc = roc_auc_score(label, scores), average_precision_score(label, scores)
    metrics.log_metric("auc", auc)
    metrics.log_metric("pr_auc", pr_auc)
    return namedtuple("EvalOutputs", ["auc", "pr_auc"])(auc, pr_auc)


@dsl.component(base_image=BASE)
def model_dir_for_run(pipeline_root: str, run_id: str) -> str:
    return f"{pipeline_root}/models/{run_id}"
