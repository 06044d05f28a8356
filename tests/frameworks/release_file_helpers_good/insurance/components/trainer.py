import os

from sklearn.ensemble import GradientBoostingRegressor, RandomForestRegressor
from sklearn.metrics import r2_score

from insurance.io_utils import save_object

ARTIFACTS = "artifacts"
MODEL_FILE = os.path.join(ARTIFACTS, "premium_model.pkl")
MIN_R2 = 0.6


def train_and_select(X_train, y_train, X_test, y_test) -> float:
    candidates = {"forest": RandomForestRegressor(n_estimators=300), "boosting": GradientBoostingRegressor()}
    scores = {}
    for name, estimator in candidates.items():
        estimator.fit(X_train, y_train)
        scores[name] = r2_score(y_test, estimator.predict(X_test))
    best = max(scores, key=scores.get)
    if scores[best] < MIN_R2:
        raise RuntimeError(f"no candidate reached r2 {MIN_R2}: best was {best} with {scores[best]:.3f}")
    save_object(MODEL_FILE, candidates[best])
    return scores[best]
