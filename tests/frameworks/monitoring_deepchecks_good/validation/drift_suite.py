"""Weekly Deepchecks run: train-test validation suite and feature drift on production data."""

import joblib
import pandas as pd
from deepchecks.tabular import Dataset
from deepchecks.tabular.checks import FeatureDrift, PredictionDrift
from deepchecks.tabular.suites import train_test_validation


def run(train_df: pd.DataFrame, production_df: pd.DataFrame) -> bool:
    model = joblib.load("artifacts/model.joblib")
    train = Dataset(train_df, label="churned", cat_features=["contract"])
    production = Dataset(production_df, label="churned", cat_features=["contract"])
    suite = train_test_validation()
    suite.add(FeatureDrift().add_condition_drift_score_less_than(0.2))
    suite.add(PredictionDrift())
    result = suite.run(train_dataset=train, test_dataset=production, model=model)
    result.save_as_html("reports/deepchecks.html")
    return result.passed()
