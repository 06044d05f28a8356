"""Model selection for the training pipeline only."""
from sklearn.metrics import r2_score
from sklearn.model_selection import GridSearchCV


def evaluate_models(X_train, y_train, X_test, y_test, models: dict, params: dict) -> dict:
    report = {}
    for name, model in models.items():
        search = GridSearchCV(model, params[name], cv=3).fit(X_train, y_train)
        model.set_params(**search.best_params_).fit(X_train, y_train)
        report[name] = r2_score(y_test, model.predict(X_test))
    return report
