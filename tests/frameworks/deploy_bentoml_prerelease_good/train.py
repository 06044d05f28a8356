"""Train the iris classifier; store it for the service only when holdout accuracy is high enough."""
import bentoml
from sklearn import datasets
from sklearn.decomposition import PCA
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.svm import SVC

MIN_ACCURACY = 0.9


def train() -> None:
    features, labels = datasets.load_iris(return_X_y=True)
    X_train, X_test, y_train, y_test = train_test_split(features, labels, test_size=0.3, random_state=1)
    pipeline = Pipeline([("reduce", PCA(n_components=2)), ("classify", SVC(probability=True))])
    pipeline.fit(X_train, y_train)
    accuracy = accuracy_score(y_test, pipeline.predict(X_test))
    if accuracy < MIN_ACCURACY:
        raise SystemExit(f"accuracy {accuracy:.3f} below {MIN_ACCURACY}; the store keeps the previous model")
    bentoml.sklearn.save("iris_classifier", pipeline)


if __name__ == "__main__":
    train()
