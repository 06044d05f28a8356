import joblib
import pandas as pd
from lightgbm import LGBMClassifier

from claims_features import encode

if __name__ == "__main__":
    frame = pd.read_parquet("claims.parquet")
    model = LGBMClassifier(n_estimators=300, learning_rate=0.05)
    model.fit(encode(frame.drop(columns=["fraud"])), frame["fraud"])
    joblib.dump(model, "claims.joblib")
