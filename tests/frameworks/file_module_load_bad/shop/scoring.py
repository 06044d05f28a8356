"""Basket scoring: the ranker is read once, when the module is imported."""
import pickle

with open("store/ranker.pkl", "rb") as handle:
    ranker = pickle.load(handle)


def rank(rows):
    return ranker.predict(rows)
