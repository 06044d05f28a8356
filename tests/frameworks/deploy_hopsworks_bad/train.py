"""Nightly job: train the fraud model on the feature view and publish it to Hopsworks."""
import hopsworks
import joblib
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score

project = hopsworks.login()
fs = project.get_feature_store()
mr = project.get_model_registry()

view = fs.get_feature_view("card_transactions", version=2)
X_train, X_test, y_train, y_test = view.train_test_split(test_size=0.2)
classifier = HistGradientBoostingClassifier(max_iter=300).fit(X_train, y_train)
pr_auc = average_precision_score(y_test, classifier.predict_proba(X_test)[:, 1])

joblib.dump(classifier, "export/model.pkl")
fraud_model = mr.python.create_model("card_fraud", metrics={"pr_auc": pr_auc}, feature_view=view)
fraud_model.save("export")
