import os
import pickle

import lightgbm as lgb
import pandas as pd

FEATURES = ["tenure_months", "monthly_charges", "support_calls", "contract_length"]


def main() -> None:
    frame = pd.read_parquet(os.environ["FEATURES_PATH"])
    model = lgb.LGBMClassifier(n_estimators=400, num_leaves=31)
    model.fit(frame[FEATURES], frame["churned"])
    with open("/artefact/churn_model.pkl", "wb") as handle:
        pickle.dump(model, handle)


if __name__ == "__main__":
    main()
