import lightgbm as lgb
import pandas as pd
from sklearn.metrics import log_loss, roc_auc_score


def train(train_path: str, valid_path: str, out_path: str) -> dict[str, float]:
    tr, va = pd.read_parquet(train_path), pd.read_parquet(valid_path)
    features = [c for c in tr.columns if c != "clicked"]
    clf = lgb.LGBMClassifier(n_estimators=1500, learning_rate=0.03, num_leaves=255, subsample=0.8, colsample_bytree=0.6)
    clf.fit(tr[features], tr["clicked"], eval_set=[(va[features], va["clicked"])], callbacks=[lgb.early_stopping(50)])
    clf.booster_.save_model(out_path)
    p = clf.predict_proba(va[features])[:, 1]
    return {"auc": roc_auc_score(va["clicked"], p), "logloss": log_loss(va["clicked"], p)}
