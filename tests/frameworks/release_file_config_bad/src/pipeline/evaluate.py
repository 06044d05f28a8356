"""DVC stage `evaluate`: score the trained model on the holdout set for the report."""
import joblib
import pandas as pd
import yaml
from sklearn.metrics import classification_report


def main() -> None:
    with open("params.yaml") as handle:
        params = yaml.safe_load(handle)
    model = joblib.load(params["paths"]["model_output"])
    holdout = pd.read_parquet(params["data"]["holdout"])
    print(classification_report(holdout["defaulted"], model.predict(holdout.drop(columns="defaulted"))))


if __name__ == "__main__":
    main()
