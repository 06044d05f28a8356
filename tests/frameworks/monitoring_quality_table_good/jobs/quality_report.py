"""Weekly: compare last week's limit predictions with the limits underwriters set by hand
(the ground truth) and append the error to the model_monitoring table the BI alert reads."""

import pandas as pd
from sklearn.metrics import mean_absolute_error
from sqlalchemy import create_engine

engine = create_engine("postgresql://reporting@warehouse/credit")

decisions = pd.read_sql("select * from decisions where decided_at > now() - interval '7 days'", engine)
ground_truth = pd.read_sql("select application_id, manual_limit from underwriter_reviews", engine)
joined = decisions.merge(ground_truth, on="application_id")
weekly = pd.DataFrame([{"week": pd.Timestamp.utcnow().isocalendar().week, "mae": mean_absolute_error(joined["manual_limit"], joined["limit"]), "n": len(joined)}])
weekly.to_sql("model_monitoring", engine, if_exists="append", index=False)
