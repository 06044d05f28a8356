import joblib
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor

if __name__ == "__main__":
    frame = pd.read_parquet("hourly_load.parquet")
    model = HistGradientBoostingRegressor(max_iter=300)
    model.fit(frame.drop(columns=["load_mw"]), frame["load_mw"])
    joblib.dump(model, "demand.joblib")
