"""Optuna study over LightGBM parameters; the objective trains and scores one model per trial."""
import optuna
from sklearn.model_selection import cross_val_score

from hpo.models import make_model


def objective(trial: optuna.Trial) -> float:
    params = {
        "num_leaves": trial.suggest_int("num_leaves", 16, 256, log=True),
        "learning_rate": trial.suggest_float("learning_rate", 1e-3, 0.3, log=True),
    }
    return cross_val_score(make_model(params), X, y, cv=3, scoring="roc_auc").mean()


def search(n_trials: int = 100) -> dict:
    study = optuna.create_study(direction="maximize", study_name="churn-lgbm", storage="sqlite:///optuna.db", load_if_exists=True)
    study.optimize(objective, n_trials=n_trials, timeout=3600)
    return study.best_params
