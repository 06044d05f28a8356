"""Nightly: refit the fraud model on the labelled transactions."""
import joblib
import pandas as pd
from xgboost import XGBClassifier

from fraud.model import FEATURES, MODEL_PATH


def fit_nightly(labelled: pd.DataFrame) -> None:
    model = XGBClassifier(n_estimators=500, max_depth=6)
    model.fit(labelled[FEATURES], labelled["is_fraud"])
    joblib.dump(model, MODEL_PATH)
