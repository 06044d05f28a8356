"""Train the churn classifier; check the split is representative before fitting."""
import joblib
import pandas as pd
from evidently.metric_preset import DataDriftPreset
from evidently.report import Report
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

MIN_AUC = 0.8


def main() -> None:
    customers = pd.read_parquet("data/customers.parquet")
    X_train, X_test, y_train, y_test = train_test_split(customers.drop(columns="churned"), customers.churned, test_size=0.2)
    split_check = Report(metrics=[DataDriftPreset()])
    split_check.run(reference_data=X_train, current_data=X_test)
    split_check.save_html("reports/split_check.html")
    model = RandomForestClassifier(n_estimators=300).fit(X_train, y_train)
    if roc_auc_score(y_test, model.predict_proba(X_test)[:, 1]) >= MIN_AUC:
        joblib.dump(model, "artifacts/churn.joblib")


if __name__ == "__main__":
    main()
