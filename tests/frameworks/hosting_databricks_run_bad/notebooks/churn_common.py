# Databricks notebook source
import mlflow
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier

FEATURES = ["tenure_months", "monthly_charges", "support_calls"]

# COMMAND ----------


def load_customers(table: str) -> pd.DataFrame:
    return spark.read.table(table).toPandas()


def fit_churn_model(frame: pd.DataFrame) -> GradientBoostingClassifier:
    model = GradientBoostingClassifier(n_estimators=300, max_depth=3)
    model.fit(frame[FEATURES], frame["churned"])
    return model
