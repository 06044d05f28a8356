import joblib
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor


def train(history: str = "data/history.parquet", out: str = "models/demand.joblib") -> None:
    frame = pd.read_parquet(history)
    model = GradientBoostingRegressor(n_estimators=400).fit(frame.drop(columns=["units"]), frame["units"])
    joblib.dump(model, out)
