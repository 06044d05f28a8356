"""Train the churn model with the chosen regularisation and save it under a name that records C."""
import pickle

import pandas as pd
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

C = 1.0
output_file = f"churn_C={C}.bin"

frame = pd.read_csv("data/churn.csv")
vectorizer = DictVectorizer(sparse=False)
features = vectorizer.fit_transform(frame.drop(columns="churn").to_dict(orient="records"))
model = LogisticRegression(C=C, max_iter=1000).fit(features, frame["churn"])
print("train AUC", roc_auc_score(frame["churn"], model.predict_proba(features)[:, 1]))

with open(output_file, "wb") as f_out:
    pickle.dump((vectorizer, model), f_out)
