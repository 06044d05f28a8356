import joblib
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor

from pricing_model import FEATURES

if __name__ == "__main__":
    df = pd.read_parquet("data/listings.parquet")
    model = GradientBoostingRegressor(n_estimators=400)
    model.fit(df[FEATURES], df["price"])
    joblib.dump(model, "models/price.joblib")
