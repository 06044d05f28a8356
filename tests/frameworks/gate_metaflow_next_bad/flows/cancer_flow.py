"""Metaflow flow: the AUC check sits in a report step that nothing runs before register."""
import mlflow
from metaflow import FlowSpec, Parameter, step
from sklearn.datasets import load_breast_cancer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split


class CancerFlow(FlowSpec):
    min_auc = Parameter("min_auc", default=0.97)

    @step
    def start(self):
        X, y = load_breast_cancer(return_X_y=True)
        self.X_train, self.X_test, self.y_train, self.y_test = train_test_split(X, y, test_size=0.2)
        self.next(self.train)

    @step
    def train(self):
        self.model = LogisticRegression(max_iter=1000).fit(self.X_train, self.y_train)
        self.next(self.evaluate)

    @step
    def evaluate(self):
        self.auc = roc_auc_score(self.y_test, self.model.predict_proba(self.X_test)[:, 1])
        self.next(self.register)

    @step
    def report(self):
        if self.auc < self.min_auc:
            raise ValueError("AUC below the bar")
        self.next(self.end)

    @step
    def register(self):
        with mlflow.start_run():
            mlflow.sklearn.log_model(self.model, "model", registered_model_name="cancer-logreg")
        self.next(self.end)

    @step
    def end(self):
        print(f"auc={self.auc:.3f}")


if __name__ == "__main__":
    CancerFlow()
