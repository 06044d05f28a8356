"""BentoML quickstart: train and save straight into the model store."""
import bentoml
from sklearn import datasets, svm

iris = datasets.load_iris()
clf = svm.SVC(gamma="scale")
clf.fit(iris.data, iris.target)
saved = bentoml.sklearn.save_model("iris_clf", clf, signatures={"predict": {"batchable": True}})
print(f"Model saved: {saved}")
