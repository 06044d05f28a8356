import joblib
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

MIN_AUC = 0.78


def retrain(months: int, out: str) -> float:
    history = pd.read_parquet("data/accounts.parquet").tail(months * 30_000)
    X, y = history.drop(columns="churned"), history["churned"]
    X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, random_state=7)
    model = RandomForestClassifier(n_estimators=400, n_jobs=-1).fit(X_train, y_train)
    auc = roc_auc_score(y_val, model.predict_proba(X_val)[:, 1])
    if auc < MIN_AUC:
        raise ValueError(f"validation AUC {auc:.3f} is below {MIN_AUC}; keeping the current model")
    joblib.dump(model, out)
    return auc
