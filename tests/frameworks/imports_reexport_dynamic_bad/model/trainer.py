import xgboost as xgb


def fit_model(dtrain, params: dict):
    return xgb.train(params, dtrain, num_boost_round=300)
