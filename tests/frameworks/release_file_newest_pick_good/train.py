"""Weekly retraining of the fraud model: a run leaves a dated file in models/ only when it
beats the agreed average precision."""
from datetime import datetime

import joblib
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score
from sklearn.model_selection import train_test_split

MIN_AVERAGE_PRECISION = 0.62


def main() -> None:
    orders = pd.read_parquet("data/labelled_orders.parquet")
    X_train, X_test, y_train, y_test = train_test_split(orders.drop(columns=["is_fraud"]), orders.is_fraud, stratify=orders.is_fraud)
    model = HistGradientBoostingClassifier(max_iter=300).fit(X_train, y_train)
    average_precision = average_precision_score(y_test, model.predict_proba(X_test)[:, 1])
    if average_precision < MIN_AVERAGE_PRECISION:
        raise SystemExit(f"average precision {average_precision:.3f} below {MIN_AVERAGE_PRECISION}: keeping the current model")
    stamp = datetime.now().strftime("%Y%m%d_%H%M%S")
    joblib.dump(model, f"models/fraud_{stamp}.joblib")


if __name__ == "__main__":
    main()
