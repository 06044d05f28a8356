import functools

import xgboost as xgb


@functools.lru_cache(maxsize=1)
def booster() -> xgb.Booster:
    model = xgb.Booster()
    model.load_model("/opt/ml/fraud.ubj")
    return model
