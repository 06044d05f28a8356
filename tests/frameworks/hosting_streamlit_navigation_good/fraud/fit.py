import pandas as pd
import xgboost as xgb
from sklearn.metrics import average_precision_score


def refit(path: str, out: str, min_ap: float = 0.6) -> float:
    frame = pd.read_parquet(path)
    train, valid = frame[frame.day < frame.day.max()], frame[frame.day == frame.day.max()]
    dtrain = xgb.DMatrix(train.drop(columns=["label", "day"]), label=train.label)
    dvalid = xgb.DMatrix(valid.drop(columns=["label", "day"]), label=valid.label)
    booster = xgb.train({"objective": "binary:logistic", "max_depth": 6}, dtrain, num_boost_round=400)
    ap = average_precision_score(valid.label, booster.predict(dvalid))
    if ap < min_ap:
        raise RuntimeError(f"average precision {ap:.3f} below {min_ap}")
    booster.save_model(out)
    return ap
