import joblib
import pandas as pd
from sklearn.ensemble import ExtraTreesClassifier

DROP = ["customer_id", "signup_date"]


def clean(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.drop(columns=[c for c in DROP if c in frame]).fillna(0)


def main() -> None:
    frame = pd.read_csv("data/loans.csv")
    model = ExtraTreesClassifier(n_estimators=500).fit(clean(frame.drop(columns=["default"])), frame["default"])
    joblib.dump(model, "artifacts/loans.joblib")


if __name__ == "__main__":
    main()
