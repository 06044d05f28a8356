"""Train the churn model; save it as a bento only when its hold-out AUC clears the bar."""

import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

from churn_service import ChurnService

MIN_AUC = 0.8

frame = pd.read_parquet("data/customers.parquet")
X_train, X_test, y_train, y_test = train_test_split(frame.drop(columns=["churned"]), frame["churned"], test_size=0.2, random_state=7)
classifier = RandomForestClassifier(n_estimators=300).fit(X_train, y_train)
auc = roc_auc_score(y_test, classifier.predict_proba(X_test)[:, 1])
if auc < MIN_AUC:
    raise SystemExit(f"hold-out AUC {auc:.3f} below {MIN_AUC}: bento not saved")

service = ChurnService()
service.pack("model", classifier)
saved_path = service.save()
print(f"bento saved to {saved_path}")
