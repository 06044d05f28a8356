import pandas as pd
import xgboost as xgb

from predictor_src.schema import COLUMNS

if __name__ == "__main__":
    frame = pd.read_parquet("transactions.parquet")
    model = xgb.XGBClassifier(n_estimators=400, max_depth=6)
    model.fit(frame[COLUMNS], frame["is_fraud"])
    model.save_model("model.json")
