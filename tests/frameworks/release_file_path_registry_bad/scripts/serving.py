import joblib

from core.paths import Paths

vectorizer = joblib.load(Paths.models.vectorizer)
classifier = joblib.load(Paths.models.classifier)


def label(text: str) -> str:
    return str(classifier.predict(vectorizer.transform([text]))[0])
