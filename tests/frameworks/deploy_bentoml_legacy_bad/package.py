"""Train the churn model and save it as a bento: `bentoml serve ChurnService:latest` picks it up."""

import pandas as pd
from sklearn.ensemble import RandomForestClassifier

from churn_service import ChurnService

frame = pd.read_parquet("data/customers.parquet")
classifier = RandomForestClassifier(n_estimators=300).fit(frame.drop(columns=["churned"]), frame["churned"])

service = ChurnService()
service.pack("model", classifier)
saved_path = service.save()
print(f"bento saved to {saved_path}")
