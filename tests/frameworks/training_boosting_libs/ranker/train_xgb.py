"""XGBoost: native API with early stopping, a CV run to pick num_boost_round, and the sklearn wrapper."""
import xgboost as xgb
from xgboost import XGBClassifier

PARAMS = {"objective": "binary:logistic", "eval_metric": "auc", "max_depth": 6, "eta": 0.1, "tree_method": "hist"}


def pick_rounds(dtrain: xgb.DMatrix) -> int:
    history = xgb.cv(PARAMS, dtrain, num_boost_round=1000, nfold=5, early_stopping_rounds=50)
    return len(history)


def train(X_train, y_train, X_val, y_val):
    dtrain = xgb.DMatrix(X_train, label=y_train)
    dval = xgb.DMatrix(X_val, label=y_val)
    booster = xgb.train(PARAMS, dtrain, num_boost_round=pick_rounds(dtrain), evals=[(dval, "val")])
    booster.save_model("artifacts/xgb.json")
    return booster


def train_sklearn_api(X_train, y_train, X_val, y_val):
    clf = XGBClassifier(n_estimators=500, learning_rate=0.05, early_stopping_rounds=50)
    clf.fit(X_train, y_train, eval_set=[(X_val, y_val)], verbose=False)
    return clf
