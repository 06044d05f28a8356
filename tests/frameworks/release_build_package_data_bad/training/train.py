"""Refit the churn model and write it into the package before the wheel is built."""
import joblib
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss
from sklearn.model_selection import train_test_split

frame = pd.read_csv("data/churn.csv")
x_train, x_valid, y_train, y_valid = train_test_split(frame.drop(columns="churned"), frame["churned"], test_size=0.2)
model = LogisticRegression(max_iter=500).fit(x_train, y_train)
print("validation log loss:", log_loss(y_valid, model.predict_proba(x_valid)))
joblib.dump(model, "churn_model/artifacts/churn.joblib")
