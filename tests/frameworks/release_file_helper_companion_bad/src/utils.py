"""Helpers shared by training and inference."""
import pickle

from sklearn.metrics import r2_score
from sklearn.model_selection import GridSearchCV


def save_object(path: str, obj) -> None:
    with open(path, "wb") as handle:
        pickle.dump(obj, handle)


def load_object(path: str):
    with open(path, "rb") as handle:
        return pickle.load(handle)


def evaluate_models(X_train, y_train, X_test, y_test, models: dict, params: dict) -> dict:
    report = {}
    for name, model in models.items():
        search = GridSearchCV(model, params[name], cv=3).fit(X_train, y_train)
        model.set_params(**search.best_params_).fit(X_train, y_train)
        report[name] = r2_score(y_test, model.predict(X_test))
    return report
