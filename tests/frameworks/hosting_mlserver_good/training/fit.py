import pandas as pd
from catboost import CatBoostClassifier

from schema import CAT_FEATURES


def fit(df: pd.DataFrame) -> CatBoostClassifier:
    model = CatBoostClassifier(iterations=800, depth=6, verbose=False)
    model.fit(df.drop(columns="converted"), df["converted"], cat_features=CAT_FEATURES)
    model.save_model("model.cbm")
    return model
