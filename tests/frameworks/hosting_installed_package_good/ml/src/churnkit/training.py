import joblib
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier

from churnkit.scoring import FEATURES


def train(frame: pd.DataFrame, path: str) -> None:
    estimator = HistGradientBoostingClassifier(max_iter=300)
    estimator.fit(frame[FEATURES], frame["churned"])
    joblib.dump(estimator, path)
