"""Refit the churn classifier and hand it to the API's predictor."""
import os
import pickle

import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler


def main() -> None:
    frame = pd.read_csv("data/churn.csv")
    features, target = frame.drop(columns="churned"), frame["churned"]
    x_train, x_test, y_train, y_test = train_test_split(features, target, test_size=0.25, stratify=target)
    scaler = StandardScaler().fit(x_train)
    model = LogisticRegression(max_iter=1000).fit(scaler.transform(x_train), y_train)
    print("f1", f1_score(y_test, model.predict(scaler.transform(x_test))))
    with open(os.path.join("artifacts", "scaler.pkl"), "wb") as handle:
        pickle.dump(scaler, handle)
    with open(os.path.join("artifacts", "churn_model.pkl"), "wb") as handle:
        pickle.dump(model, handle)


if __name__ == "__main__":
    main()
