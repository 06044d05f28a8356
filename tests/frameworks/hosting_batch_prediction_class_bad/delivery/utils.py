"""Small helpers shared by the training and prediction code."""
import pickle


def save_object(path: str, obj) -> None:
    with open(path, "wb") as fh:
        pickle.dump(obj, fh)


def load_object(path: str):
    with open(path, "rb") as fh:
        return pickle.load(fh)
