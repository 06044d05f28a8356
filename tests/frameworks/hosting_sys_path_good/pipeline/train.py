import joblib
import pandas as pd
from cleaning import clean
from sklearn.ensemble import ExtraTreesClassifier

if __name__ == "__main__":
    frame = pd.read_csv("data/loans.csv")
    model = ExtraTreesClassifier(n_estimators=500).fit(clean(frame.drop(columns=["default"])), frame["default"])
    joblib.dump(model, "artifacts/loans.joblib")
