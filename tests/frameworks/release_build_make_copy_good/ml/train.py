"""Fit the attrition pipeline and leave it in artifacts/ for `make publish`."""
import pickle
from pathlib import Path

import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import balanced_accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder


def main() -> None:
    frame = pd.read_feather("data/attrition.feather")
    features, target = frame.drop(columns="left"), frame["left"]
    x_train, x_test, y_train, y_test = train_test_split(features, target, stratify=target, random_state=11)
    encode = make_column_transformer((OneHotEncoder(handle_unknown="ignore"), ["department", "band"]), remainder="passthrough")
    pipeline = make_pipeline(encode, HistGradientBoostingClassifier()).fit(x_train, y_train)
    score = balanced_accuracy_score(y_test, pipeline.predict(x_test))
    if score < 0.7:
        raise SystemExit(f"balanced accuracy {score:.3f} is below 0.7: nothing to publish")
    Path("artifacts").mkdir(exist_ok=True)
    with open("artifacts/pipeline.pkl", "wb") as out:
        pickle.dump(pipeline, out)


if __name__ == "__main__":
    main()
