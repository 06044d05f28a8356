"""Train the credit-risk model and save it as an MLflow model folder for Azure ML."""
import mlflow.sklearn
import pandas as pd
from sklearn.ensemble import RandomForestClassifier

loans = pd.read_parquet("data/loans.parquet")
model = RandomForestClassifier(n_estimators=400, min_samples_leaf=5, n_jobs=-1)
model.fit(loans.drop(columns=["defaulted"]), loans["defaulted"])
mlflow.sklearn.save_model(model, "outputs/model")
