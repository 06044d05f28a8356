"""Fits each candidate estimator and scores it on the test split."""

from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

CANDIDATES = {
    "logreg": lambda: LogisticRegression(max_iter=1000),
    "forest": lambda: RandomForestClassifier(n_estimators=200),
}


def fit_all(x_train, x_test, y_train, y_test):
    results = []
    for name, make in CANDIDATES.items():
        estimator = make()
        estimator.fit(x_train, y_train)
        results.append({"name": name, "estimator": estimator, "f1": f1_score(y_test, estimator.predict(x_test), average="macro")})
    return results
