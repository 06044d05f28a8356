"""python manage.py shell -c 'from predictor.training import fit; fit()'"""
import joblib
import pandas as pd
from sklearn.ensemble import RandomForestRegressor

COLUMNS = ["surface", "rooms", "zipcode_rank"]


def fit(csv_path: str = "data/sales.csv") -> None:
    df = pd.read_csv(csv_path)
    model = RandomForestRegressor(n_estimators=200, n_jobs=-1)
    model.fit(df[COLUMNS], df["price"])
    joblib.dump(model, "predictor/artifacts/rf.joblib")
