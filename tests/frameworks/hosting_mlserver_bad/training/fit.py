import pandas as pd
from catboost import CatBoostClassifier

CAT_FEATURES = ["country", "device", "channel"]


def fit(df: pd.DataFrame) -> CatBoostClassifier:
    model = CatBoostClassifier(iterations=800, depth=6, verbose=False)
    model.fit(df.drop(columns="converted"), df["converted"], cat_features=CAT_FEATURES)
    model.save_model("model.cbm")
    return model
