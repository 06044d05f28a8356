import joblib
import pandas as pd

COLUMNS = ["sqft", "bedrooms", "bathrooms", "year_built", "zip_code"]
MODEL = joblib.load("price.joblib")


class PriceEstimator:
    def estimate(self, homes: list[dict]) -> list[float]:
        return MODEL.predict(pd.DataFrame(homes)[COLUMNS]).tolist()
