"""Train the fraud model and save it to the local BentoML model store."""
import bentoml
import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score

FEATURES = ["amount", "merchant_risk", "hour", "card_age_days"]


def main(path: str = "data/transactions.parquet") -> None:
    df = pd.read_parquet(path)
    dtrain = xgb.DMatrix(df[FEATURES], label=df["is_fraud"])
    booster = xgb.train({"objective": "binary:logistic", "max_depth": 6}, dtrain, num_boost_round=400)
    holdout = pd.read_parquet(path.replace(".parquet", "_holdout.parquet"))
    auc = roc_auc_score(holdout["is_fraud"], booster.predict(xgb.DMatrix(holdout[FEATURES])))
    if auc < 0.9:
        raise SystemExit(f"holdout AUC {auc:.3f} below 0.9; not saving")
    bentoml.xgboost.save_model("fraud_xgb", booster, signatures={"predict": {"batchable": True}})


if __name__ == "__main__":
    main()
