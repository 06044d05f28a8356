"""LightGBM: lgb.train with callbacks and the LGBMRanker wrapper."""
import lightgbm as lgb


def train(train_df, valid_df, features, label="relevance"):
    train_set = lgb.Dataset(train_df[features], label=train_df[label], group=train_df.groupby("qid").size())
    valid_set = lgb.Dataset(valid_df[features], label=valid_df[label], reference=train_set)
    booster = lgb.train(
        {"objective": "lambdarank", "metric": "ndcg", "ndcg_eval_at": [10]},
        train_set,
        valid_sets=[valid_set],
        callbacks=[lgb.early_stopping(50), lgb.log_evaluation(100)],
    )
    return booster


def train_ranker(X, y, groups):
    ranker = lgb.LGBMRanker(n_estimators=300)
    ranker.fit(X, y, group=groups)
    return ranker
