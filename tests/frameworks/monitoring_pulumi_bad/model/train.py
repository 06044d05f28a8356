import joblib
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier

if __name__ == "__main__":
    customers = pd.read_parquet("data/customers.parquet")
    model = HistGradientBoostingClassifier().fit(customers.drop(columns="churned"), customers["churned"])
    joblib.dump(model, "build/model.joblib")
