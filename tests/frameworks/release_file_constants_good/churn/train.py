"""Fit the churn classifier; write it where the API picks it up only when F1 clears the floor."""
import json

import joblib
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import f1_score
from sklearn.model_selection import train_test_split

from churn import settings

MIN_F1 = 0.7


def main() -> None:
    frame = pd.read_parquet("data/customers.parquet")
    X_train, X_test, y_train, y_test = train_test_split(frame.drop(columns="churned"), frame["churned"], test_size=0.2, random_state=7)
    model = GradientBoostingClassifier().fit(X_train, y_train)
    f1 = f1_score(y_test, model.predict(X_test))
    if f1 < MIN_F1:
        raise SystemExit(f"F1 {f1:.3f} below {MIN_F1}: keeping the served model")
    settings.MODEL_FILE.parent.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, settings.MODEL_FILE)
    settings.METRICS_FILE.write_text(json.dumps({"f1": f1}))
    print(f"saved {settings.MODEL_FILE} (F1 {f1:.3f})")


if __name__ == "__main__":
    main()
