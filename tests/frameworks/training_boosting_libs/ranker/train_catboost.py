"""CatBoost with categorical features; the functional catboost.train for the CLI."""
import catboost
from catboost import CatBoostClassifier, Pool


def train(X_train, y_train, X_val, y_val, cat_features):
    model = CatBoostClassifier(iterations=2000, learning_rate=0.03, eval_metric="AUC", od_type="Iter", od_wait=100)
    model.fit(Pool(X_train, y_train, cat_features=cat_features), eval_set=Pool(X_val, y_val, cat_features=cat_features))
    model.save_model("artifacts/catboost.cbm")
    return model


def train_functional(pool: Pool, params: dict):
    return catboost.train(pool=pool, params=params)
