"""Reads finished studies and tuning results for the weekly report: no new trials are run."""
import optuna
from ray import tune


def optuna_summary(storage: str = "sqlite:///optuna.db"):
    study = optuna.load_study(study_name="churn-lgbm", storage=storage)
    fig = optuna.visualization.plot_optimization_history(study)
    return study.best_value, study.trials_dataframe(), fig


def ray_summary(path: str):
    restored = tune.Tuner.restore(path, trainable="trainable")
    grid = restored.get_results()
    return grid.get_dataframe().sort_values("val_loss").head(10)
