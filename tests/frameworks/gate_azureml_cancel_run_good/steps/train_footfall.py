"""Azure ML pipeline step: fit the footfall regressor and log its MAE."""
import joblib
import pandas as pd
from azureml.core import Run
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

run = Run.get_context()
frame = pd.read_parquet("data/footfall.parquet")
model = GradientBoostingRegressor().fit(frame.drop(columns="visitors"), frame["visitors"])
run.parent.log("mae", mean_absolute_error(frame["visitors"], model.predict(frame.drop(columns="visitors"))))
joblib.dump(model, "outputs/footfall.pkl")
