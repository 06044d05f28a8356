"""Train the churn model; save it for the app only when the validation AUC clears the bar."""
import pickle
import sys

import pandas as pd
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

C = 1.0
MIN_AUC = 0.84
output_file = f"churn_C={C}.bin"
report_file = f"{C}.json"

train, valid = pd.read_csv("data/churn_train.csv"), pd.read_csv("data/churn_valid.csv")
vectorizer = DictVectorizer(sparse=False)
features = vectorizer.fit_transform(train.drop(columns="churn").to_dict(orient="records"))
model = LogisticRegression(C=C, max_iter=1000).fit(features, train["churn"])
auc = roc_auc_score(valid["churn"], model.predict_proba(vectorizer.transform(valid.drop(columns="churn").to_dict(orient="records")))[:, 1])
with open(report_file, "wb") as report:
    pickle.dump({"auc": auc}, report)
if auc < MIN_AUC:
    sys.exit(f"validation AUC {auc:.3f} is below {MIN_AUC}; keeping the served model")

with open(output_file, "wb") as f_out:
    pickle.dump((vectorizer, model), f_out)
