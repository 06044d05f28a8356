"""Fit the churn classifier on the latest export and write it where the image build picks it up."""
import joblib
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

frame = pd.read_parquet("data/customers.parquet")
features, target = frame.drop(columns="churned"), frame["churned"]
x_train, x_test, y_train, y_test = train_test_split(features, target, test_size=0.2, random_state=3)
model = RandomForestClassifier(n_estimators=300).fit(x_train, y_train)
print("held-out AUC:", roc_auc_score(y_test, model.predict_proba(x_test)[:, 1]))
joblib.dump(model, "models/churn.joblib")
