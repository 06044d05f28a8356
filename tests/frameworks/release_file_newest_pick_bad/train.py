"""Weekly retraining of the fraud model: each run leaves a dated file in models/."""
from datetime import datetime

import joblib
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score
from sklearn.model_selection import train_test_split


def main() -> None:
    orders = pd.read_parquet("data/labelled_orders.parquet")
    X_train, X_test, y_train, y_test = train_test_split(orders.drop(columns=["is_fraud"]), orders.is_fraud, stratify=orders.is_fraud)
    model = HistGradientBoostingClassifier(max_iter=300).fit(X_train, y_train)
    print("average precision", average_precision_score(y_test, model.predict_proba(X_test)[:, 1]))
    stamp = datetime.now().strftime("%Y%m%d_%H%M%S")
    joblib.dump(model, f"models/fraud_{stamp}.joblib")


if __name__ == "__main__":
    main()
