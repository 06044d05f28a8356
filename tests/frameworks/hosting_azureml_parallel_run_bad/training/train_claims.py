import joblib
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier


def feature_frame(df: pd.DataFrame) -> pd.DataFrame:
    return df[["amount", "days_to_report", "prior_claims"]].fillna(0)


if __name__ == "__main__":
    claims = pd.read_parquet("data/claims.parquet")
    model = GradientBoostingClassifier().fit(feature_frame(claims), claims["fraud"])
    joblib.dump(model, "outputs/claims.joblib")
