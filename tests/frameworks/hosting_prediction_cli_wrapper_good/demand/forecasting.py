"""Apply a fitted regional model to the coming weeks; no fitting here."""
import joblib
import pandas as pd

FEATURES = ["week_of_year", "promo", "lag_1", "lag_52"]


def make_predictions(model_path: str, rows_path: str, out_path: str) -> None:
    model = joblib.load(model_path)
    rows = pd.read_parquet(rows_path)
    rows.assign(units=model.predict(rows[FEATURES])).to_parquet(out_path)
