"""Fits the delivery-time regressor and keeps the best one."""
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import GridSearchCV

from delivery.paths import MODEL_PATH
from delivery.utils import save_object


MIN_R2 = 0.6


class ModelTrainer:
    def initiate_model_training(self, train: pd.DataFrame) -> float:
        search = GridSearchCV(RandomForestRegressor(), {"n_estimators": [100, 300]}, cv=3)
        search.fit(train.drop(columns=["minutes"]), train["minutes"])
        if search.best_score_ < MIN_R2:
            raise ValueError(f"cross-validated R2 {search.best_score_:.3f} is below {MIN_R2}; keeping the current model")
        save_object(MODEL_PATH, search.best_estimator_)
        return search.best_score_
