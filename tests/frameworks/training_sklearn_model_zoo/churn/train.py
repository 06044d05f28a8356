"""Final model: a calibrated, tuned gradient-boosting pipeline, plus an online SGD fallback."""
import joblib
import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = ["tenure", "monthly_charges", "total_charges"]
CATEGORICAL = ["contract", "payment_method"]


def build_pipeline() -> Pipeline:
    pre = ColumnTransformer([
        ("num", StandardScaler(), NUMERIC),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
    ])
    return Pipeline([("pre", pre), ("clf", HistGradientBoostingClassifier())])


def train(X_train, y_train, X_cal, y_cal):
    search = GridSearchCV(
        build_pipeline(),
        {"clf__learning_rate": [0.05, 0.1], "clf__max_depth": [3, 5]},
        scoring="roc_auc",
        cv=5,
        n_jobs=-1,
    )
    search.fit(X_train, y_train)
    calibrated = CalibratedClassifierCV(search.best_estimator_, method="isotonic", cv="prefit")
    calibrated.fit(X_cal, y_cal)
    joblib.dump(calibrated, "artifacts/model.joblib")
    return calibrated


def update_online(batches):
    sgd = SGDClassifier(loss="log_loss")
    for X_batch, y_batch in batches:
        sgd.partial_fit(X_batch, y_batch, classes=np.array([0, 1]))
    return sgd
