"""Fit a few regressors on the transformed arrays; keep the best only if its test R2 clears the bar."""
import os
from dataclasses import dataclass

from catboost import CatBoostRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import r2_score

from src.utils.common import save_object

MIN_R2 = 0.6


@dataclass
class ModelTrainerConfig:
    trained_model_file_path = os.path.join("artifacts", "model.pkl")


class ModelTrainer:
    def __init__(self):
        self.model_trainer_config = ModelTrainerConfig()

    def initiate_model_trainer(self, train_array, test_array):
        X_train, y_train = train_array[:, :-1], train_array[:, -1]
        X_test, y_test = test_array[:, :-1], test_array[:, -1]
        candidates = {"ridge": Ridge(), "forest": RandomForestRegressor(), "catboost": CatBoostRegressor(verbose=False)}
        report = {}
        for name, model in candidates.items():
            model.fit(X_train, y_train)
            report[name] = r2_score(y_test, model.predict(X_test))
        best_model_name = max(report, key=report.get)
        best_model_score = report[best_model_name]
        if best_model_score < MIN_R2:
            raise ValueError(f"no model reached R2 {MIN_R2}: best was {best_model_name} at {best_model_score:.3f}")
        save_object(file_path=self.model_trainer_config.trained_model_file_path, obj=candidates[best_model_name])
        return best_model_score
