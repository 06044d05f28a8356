"""Fit a few regressors on the transformed arrays and keep the one with the best test R2."""
from catboost import CatBoostRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import r2_score

from src.entity.config_entity import ModelTrainerConfig
from src.utils.common import save_object


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
        best_model = candidates[best_model_name]
        save_object(file_path=self.model_trainer_config.trained_model_file_path, obj=best_model)
        return report[best_model_name]
