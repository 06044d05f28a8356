import joblib
import pandas as pd
from lightgbm import LGBMRegressor

from shared.features import COLUMNS

if __name__ == "__main__":
    sales = pd.read_parquet("sales.parquet")
    model = LGBMRegressor(n_estimators=800, learning_rate=0.03).fit(sales[COLUMNS], sales["price"])
    joblib.dump(model, "price.joblib")
