import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor

FEATURES = ["lag_1", "lag_7", "lag_28", "week_of_year"]


def train_boosted_model(frame: pd.DataFrame) -> GradientBoostingRegressor:
    model = GradientBoostingRegressor(n_estimators=500, learning_rate=0.05)
    model.fit(frame[FEATURES], frame["sales"])
    return model
