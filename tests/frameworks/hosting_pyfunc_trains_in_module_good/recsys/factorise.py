import numpy as np
import pandas as pd
from sklearn.decomposition import NMF


def neighbour_table(ratings: pd.DataFrame, factors: int = 16) -> pd.DataFrame:
    matrix = ratings.pivot_table(index="item_id", columns="user_id", values="stars", fill_value=0)
    model = NMF(n_components=factors, init="nndsvda", max_iter=400)
    embedding = model.fit_transform(matrix.values)
    return pd.DataFrame(np.corrcoef(embedding), index=matrix.index, columns=matrix.index)
