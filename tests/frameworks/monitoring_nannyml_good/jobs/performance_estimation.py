"""Estimate churn model performance before labels arrive (NannyML CBPE) and univariate drift."""

import nannyml as nml
import pandas as pd

FEATURES = ["tenure_months", "monthly_charges", "contract"]


def run(reference: pd.DataFrame, analysis: pd.DataFrame) -> pd.DataFrame:
    estimator = nml.CBPE(
        y_pred_proba="y_pred_proba",
        y_pred="y_pred",
        y_true="churned",
        timestamp_column_name="timestamp",
        metrics=["roc_auc", "f1"],
        chunk_period="W",
        problem_type="classification_binary",
    )
    estimator.fit(reference)
    estimated = estimator.estimate(analysis)

    drift = nml.UnivariateDriftCalculator(
        column_names=FEATURES,
        timestamp_column_name="timestamp",
        continuous_methods=["kolmogorov_smirnov", "jensen_shannon"],
        categorical_methods=["chi2", "jensen_shannon"],
    )
    drift.fit(reference)
    drifted = drift.calculate(analysis)
    return pd.concat([estimated.to_df(), drifted.to_df()], axis=1)
