"""Bring-your-own-container training: SageMaker runs this in the training image and uploads
/opt/ml/model as model.tar.gz; the endpoint gets it only when the pipeline deploys it."""

import joblib
import pandas as pd
from sklearn.linear_model import LogisticRegression

frame = pd.read_csv("/opt/ml/input/data/train/claims.csv")
classifier = LogisticRegression(max_iter=500)
classifier.fit(frame.drop(columns="approved"), frame["approved"])
joblib.dump(classifier, "/opt/ml/model/classifier.joblib")
