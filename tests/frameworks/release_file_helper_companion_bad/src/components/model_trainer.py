"""Search a few regressors and keep the best one for the form, whatever its R2."""
from sklearn.ensemble import RandomForestRegressor
from sklearn.linear_model import LinearRegression

from src.utils import evaluate_models, save_object

MODELS = {"linear": LinearRegression(), "forest": RandomForestRegressor()}
PARAMS = {"linear": {}, "forest": {"n_estimators": [64, 128]}}


def train(train_array, test_array) -> float:
    X_train, y_train = train_array[:, :-1], train_array[:, -1]
    X_test, y_test = test_array[:, :-1], test_array[:, -1]
    report = evaluate_models(X_train, y_train, X_test, y_test, MODELS, PARAMS)
    best = max(report, key=report.get)
    save_object("artifacts/model.pkl", MODELS[best])
    return report[best]
