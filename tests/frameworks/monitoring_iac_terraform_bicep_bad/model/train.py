import joblib
import pandas as pd
from lightgbm import LGBMClassifier

if __name__ == "__main__":
    df = pd.read_parquet("data/claims.parquet")
    model = LGBMClassifier(n_estimators=500).fit(df.drop(columns="fraud"), df["fraud"])
    joblib.dump(model, "build/model.joblib")
