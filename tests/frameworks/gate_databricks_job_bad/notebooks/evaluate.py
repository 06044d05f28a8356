# Databricks notebook source
import mlflow
from sklearn.metrics import roc_auc_score

model_name = dbutils.widgets.get("model_name")
holdout = spark.read.table("main.churn.holdout").toPandas()

# COMMAND ----------

def auc_of(alias: str) -> float:
    model = mlflow.pyfunc.load_model(f"models:/{model_name}@{alias}")
    return roc_auc_score(holdout["churned"], model.predict(holdout.drop(columns=["churned"])))

challenger_auc = auc_of("challenger")
champion_auc = auc_of("champion")
print(f"challenger AUC {challenger_auc:.4f} vs champion {champion_auc:.4f}")
if challenger_auc < champion_auc:
    raise ValueError("challenger does not beat the champion: not promoting")
