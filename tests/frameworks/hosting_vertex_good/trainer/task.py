import joblib
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier

from schema import COLUMNS


def main(train_uri: str) -> None:
    df = pd.read_csv(train_uri)
    model = HistGradientBoostingClassifier(max_iter=300)
    model.fit(df[COLUMNS], df["purchased"])
    joblib.dump(model, "model.joblib")
