"""Weekly CronJob: estimate performance on unlabelled production data with NannyML."""
import nannyml as nml
import pandas as pd


def run(reference: pd.DataFrame, analysis: pd.DataFrame):
    estimator = nml.CBPE(
        y_pred_proba="churn_proba",
        y_pred="churn_pred",
        y_true="churned",
        timestamp_column_name="ts",
        metrics=["roc_auc"],
        chunk_size=5000,
        problem_type="classification_binary",
    )
    estimator.fit(reference)
    return estimator.estimate(analysis)
