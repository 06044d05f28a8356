import pandas as pd
import xgboost as xgb

COLUMNS = ["amount", "merchant_risk", "hour", "card_age_days"]


def to_frame(instances: list[list[float]]) -> pd.DataFrame:
    return pd.DataFrame(instances, columns=COLUMNS)


def retrain(frame: pd.DataFrame) -> xgb.XGBClassifier:
    model = xgb.XGBClassifier(n_estimators=400, max_depth=6)
    model.fit(frame[COLUMNS], frame["is_fraud"])
    return model
