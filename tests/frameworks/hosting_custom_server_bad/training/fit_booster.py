import pandas as pd
import xgboost as xgb

FEATURES = ["amount", "merchant_risk", "hour", "distance_km", "card_age_days"]


def main(path: str = "data/transactions.parquet") -> None:
    df = pd.read_parquet(path)
    dtrain = xgb.DMatrix(df[FEATURES], label=df["is_fraud"])
    booster = xgb.train({"objective": "binary:logistic", "max_depth": 6}, dtrain, num_boost_round=400)
    booster.save_model("artifacts/fraud.ubj")


if __name__ == "__main__":
    main()
