"""Retrain the price model every night and overwrite the file the API serves."""
import joblib
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error

frame = pd.read_csv("data/listings.csv")
train, test = frame.iloc[:-2000], frame.iloc[-2000:]
model = RandomForestRegressor(n_estimators=300).fit(train.drop(columns=["price"]), train["price"])
print("MAE", mean_absolute_error(test["price"], model.predict(test.drop(columns=["price"]))))
joblib.dump(model, "price_model.joblib")
