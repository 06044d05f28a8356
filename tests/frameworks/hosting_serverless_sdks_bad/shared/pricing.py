import joblib
import pandas as pd
from lightgbm import LGBMRegressor

COLUMNS = ["sqft", "bedrooms", "bathrooms", "year_built", "zip_code"]


def frame(payload: list[dict]) -> pd.DataFrame:
    return pd.DataFrame(payload)[COLUMNS]


def retrain(sales: pd.DataFrame, path: str = "price.joblib") -> None:
    model = LGBMRegressor(n_estimators=800, learning_rate=0.03).fit(frame(sales.to_dict("records")), sales["price"])
    joblib.dump(model, path)
