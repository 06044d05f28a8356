"""Processing step: score last night's open accounts with the production model."""
import joblib
import pandas as pd

from src.output import publish

production = joblib.load("/opt/ml/processing/model/model.joblib")
accounts = pd.read_csv("/opt/ml/processing/accounts/open_accounts.csv")

guessed = production.predict(accounts.drop(columns=["account_id"]))
publish(accounts["account_id"], guessed)
