import pandas as pd
import xgboost as xgb

from pricing.utils import pricing_metrics, to_dmatrix


def fit(train_csv: str, valid_csv: str, out: str) -> dict[str, float]:
    tr, va = pd.read_csv(train_csv), pd.read_csv(valid_csv)
    dtr = to_dmatrix(tr.to_dict("records"))
    dtr.set_label(tr["premium"])
    dva = to_dmatrix(va.to_dict("records"))
    booster = xgb.train({"objective": "reg:gamma", "max_depth": 6, "eta": 0.05}, dtr, num_boost_round=700)
    booster.save_model(out)
    return pricing_metrics(va["premium"].to_numpy(), booster.predict(dva))
