import joblib
import pandas as pd
from xgboost import XGBClassifier

PLAN_CODES = {"basic": 0, "plus": 1, "premium": 2}


def encode(record: dict) -> list[float]:
    return [record["tenure_months"], record["monthly_fee"], PLAN_CODES.get(record["plan"], -1)]


def train(df: pd.DataFrame) -> None:
    model = XGBClassifier(n_estimators=250, max_depth=4)
    model.fit([encode(r) for r in df.to_dict("records")], df["churned"])
    joblib.dump(model, "model.joblib")
