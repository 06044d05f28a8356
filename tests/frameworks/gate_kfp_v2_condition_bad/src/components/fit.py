"""Vertex AI component: fit an XGBoost booster and report its validation AUC."""

from typing import NamedTuple

from kfp.v2.dsl import Dataset, Input, Model, Output, component


@component(packages_to_install=["xgboost==1.7.6", "scikit-learn==1.3.2", "pandas==2.1.4"])
def fit_booster(train: Input[Dataset], booster: Output[Model]) -> NamedTuple("Outputs", [("val_auc", float)]):
    import pandas as pd
    import xgboost as xgb
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import train_test_split

    frame = pd.read_parquet(train.path)
    x_fit, x_val, y_fit, y_val = train_test_split(frame.drop(columns=["is_fraud"]), frame["is_fraud"], test_size=0.2)
    model = xgb.XGBClassifier(n_estimators=300, max_depth=5).fit(x_fit, y_fit)
    model.save_model(booster.path)
    return (float(roc_auc_score(y_val, model.predict_proba(x_val)[:, 1])),)
