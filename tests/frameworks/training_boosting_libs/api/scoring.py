"""Scoring service helpers: loads boosters from disk and predicts; never trains."""
import catboost
import lightgbm as lgb
import xgboost as xgb

XGB = xgb.Booster()
XGB.load_model("artifacts/xgb.json")
LGB = lgb.Booster(model_file="artifacts/lgb.txt")
CAT = catboost.CatBoostClassifier().load_model("artifacts/catboost.cbm")


def score(frame):
    return {
        "xgb": XGB.predict(xgb.DMatrix(frame)).tolist(),
        "lgb": LGB.predict(frame, num_iteration=LGB.best_iteration).tolist(),
        "cat": CAT.predict_proba(frame)[:, 1].tolist(),
    }
