"""Every file the project reads or writes, by role; the folders are joined on at import."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class Folder:
    def __init_subclass__(cls):
        parts = cls.__qualname__.split(".")[1:]
        base = ROOT.joinpath(*parts)
        for name, value in list(cls.__dict__.items()):
            if not name.startswith("_") and isinstance(value, str):
                setattr(cls, name, base / value)


class Paths(Folder):
    class models(Folder):
        classifier = "review_classifier.joblib"
        vectorizer = "tfidf.joblib"

    class data(Folder):
        reviews = "reviews.csv"
