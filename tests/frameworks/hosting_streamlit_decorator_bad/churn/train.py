import joblib
import xgboost as xgb

FEATURES = ["tenure", "monthly_charges", "support_calls"]


def train(frame):
    model = xgb.XGBClassifier(n_estimators=400, max_depth=5)
    model.fit(frame[FEATURES], frame["churned"])
    joblib.dump(model, "models/churn.joblib")
