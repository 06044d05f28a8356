"""Reading and writing pickled artifacts: shared by training and inference, trains nothing."""
import pickle


def save_object(path: str, obj) -> None:
    with open(path, "wb") as handle:
        pickle.dump(obj, handle)


def load_object(path: str):
    with open(path, "rb") as handle:
        return pickle.load(handle)
