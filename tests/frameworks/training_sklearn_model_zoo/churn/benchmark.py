"""Compare a handful of classic classifiers with 5-fold CV on the churn table."""
import pandas as pd
from sklearn.model_selection import StratifiedKFold, train_test_split
from sklearn.naive_bayes import GaussianNB
from sklearn.neighbors import KNeighborsClassifier
from sklearn.neural_network import MLPClassifier
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier

from churn.metrics import summarise

CANDIDATES = {
    "tree": DecisionTreeClassifier(max_depth=6, min_samples_leaf=20),
    "knn": KNeighborsClassifier(n_neighbors=25),
    "nb": GaussianNB(),
}


def run(df: pd.DataFrame) -> pd.DataFrame:
    X, y = df.drop(columns="churned"), df["churned"]
    X_train, X_test, y_train, y_test = train_test_split(X, y, stratify=y, random_state=0)
    rows = []
    tree = DecisionTreeClassifier(max_depth=6, min_samples_leaf=20)
    tree.fit(X_train, y_train)
    rows.append(summarise("tree", y_test, tree.predict_proba(X_test)[:, 1]))
    svc = SVC(C=1.0, probability=True).fit(X_train, y_train)
    rows.append(summarise("svc", y_test, svc.predict_proba(X_test)[:, 1]))
    knn = KNeighborsClassifier(n_neighbors=25)
    knn.fit(X_train, y_train)
    nb = GaussianNB()
    nb.fit(X_train, y_train)
    mlp = MLPClassifier(hidden_layer_sizes=(64, 32), early_stopping=True, max_iter=300)
    mlp.fit(X_train, y_train)
    for name, model in (("knn", knn), ("nb", nb), ("mlp", mlp)):
        rows.append(summarise(name, y_test, model.predict_proba(X_test)[:, 1]))
    return pd.DataFrame(rows)
