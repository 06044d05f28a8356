"""Nightly job: fit the item-item nearest-neighbour recommender and dump it next to the app."""

import joblib
import pandas as pd
from sklearn.neighbors import NearestNeighbors

N_NEIGHBOURS = 20


def fit(interactions: pd.DataFrame) -> NearestNeighbors:
    matrix = interactions.pivot_table(index="item_id", columns="user_id", values="clicks", fill_value=0)
    knn = NearestNeighbors(n_neighbors=N_NEIGHBOURS, metric="cosine")
    knn.fit(matrix.values)
    joblib.dump(knn, "recommender/artifacts/knn.joblib")
    return knn
