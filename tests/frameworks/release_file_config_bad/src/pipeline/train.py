"""DVC stage `train`: fit the default-risk classifier with the settings in params.yaml."""
import json

import joblib
import pandas as pd
import yaml
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score


def main() -> None:
    with open("params.yaml") as handle:
        params = yaml.safe_load(handle)
    train = pd.read_parquet(params["data"]["train"])
    holdout = pd.read_parquet(params["data"]["holdout"])
    model = RandomForestClassifier(n_estimators=params["model"]["n_estimators"], max_depth=params["model"]["max_depth"])
    model.fit(train.drop(columns="defaulted"), train["defaulted"])
    auc = roc_auc_score(holdout["defaulted"], model.predict_proba(holdout.drop(columns="defaulted"))[:, 1])
    joblib.dump(model, params["paths"]["model_output"])
    with open(params["paths"]["metrics"], "w") as out:
        json.dump({"auc": auc}, out)
    print(f"holdout AUC {auc:.3f}")


if __name__ == "__main__":
    main()
