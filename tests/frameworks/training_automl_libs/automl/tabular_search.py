"""Time-boxed AutoML searches on the same feature table."""
from autogluon.tabular import TabularPredictor
from flaml import AutoML


def autogluon_search(train_frame, label: str, out_dir: str) -> TabularPredictor:
    return TabularPredictor(label=label, path=out_dir).fit(train_frame, time_limit=600, presets="medium_quality")


def flaml_search(features, target):
    search = AutoML()
    search.fit(X_train=features, y_train=target, task="classification", time_budget=300)
    return search
