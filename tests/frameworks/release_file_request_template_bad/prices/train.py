import joblib
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import r2_score


def train_all(frame: pd.DataFrame, holdout: pd.DataFrame) -> dict[str, float]:
    features, target = frame.drop(columns="price"), frame["price"]
    ridge = Ridge(alpha=1.0)
    ridge.fit(features, target)
    joblib.dump(ridge, "models/ridge_model.pkl")
    forest = RandomForestRegressor(n_estimators=300)
    forest.fit(features, target)
    joblib.dump(forest, "models/forest_model.pkl")
    return {name: r2_score(holdout["price"], est.predict(holdout.drop(columns="price"))) for name, est in (("ridge", ridge), ("forest", forest))}
