import json

import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split

from ops.storage import upload_model, upload_report

BUCKET = "acme-demand-models"
MODEL_KEY = "demand/current/model.joblib"
MAX_MAE = 12.0


def main() -> None:
    frame = pd.read_parquet("data/orders.parquet")
    X_train, X_test, y_train, y_test = train_test_split(frame.drop(columns="units"), frame["units"], test_size=0.2)
    forest = RandomForestRegressor(n_estimators=400).fit(X_train, y_train)
    mae = mean_absolute_error(y_test, forest.predict(X_test))
    with open("eval.json", "w") as out:
        json.dump({"mae": mae}, out)
    upload_report("eval.json", BUCKET, "demand/reports/eval.json")
    if mae > MAX_MAE:
        raise SystemExit(f"MAE {mae:.2f} above {MAX_MAE}: the API keeps serving the current forest")
    upload_model(forest, BUCKET, MODEL_KEY)


if __name__ == "__main__":
    main()
