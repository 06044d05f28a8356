"""Train the demand forecaster on the feature table and save it under build/."""
import joblib
import pandas as pd
from lightgbm import LGBMRegressor

features = pd.read_parquet("data/features.parquet")
model = LGBMRegressor(n_estimators=800, learning_rate=0.03)
model.fit(features.drop(columns=["units_sold"]), features["units_sold"])
joblib.dump(model, "build/forecaster.joblib")
