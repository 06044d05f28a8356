"""Train the iris classifier and put it in the local BentoML store."""
import bentoml
from sklearn import datasets
from sklearn.decomposition import PCA
from sklearn.pipeline import Pipeline
from sklearn.svm import SVC


def train() -> None:
    features, labels = datasets.load_iris(return_X_y=True)
    pipeline = Pipeline([("reduce", PCA(n_components=2)), ("classify", SVC(probability=True))])
    pipeline.fit(features, labels)
    bentoml.sklearn.save("iris_classifier", pipeline)


if __name__ == "__main__":
    train()
