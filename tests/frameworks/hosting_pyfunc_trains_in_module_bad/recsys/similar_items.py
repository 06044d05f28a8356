import mlflow.pyfunc as pyfunc
import numpy as np
import pandas as pd
from sklearn.decomposition import NMF


class SimilarItemsModel(pyfunc.PythonModel):
    """What the endpoint serves: neighbours looked up in a precomputed table."""

    def __init__(self, neighbours: dict[str, list[str]]):
        self.neighbours = neighbours

    def predict(self, context, model_input: pd.DataFrame, params=None):
        return [self.neighbours.get(item, [])[:5] for item in model_input["item_id"]]


class ItemFactoriser:
    def __init__(self, ratings: pd.DataFrame, factors: int = 16):
        self.ratings = ratings
        self.factors = factors

    def fit(self) -> dict[str, list[str]]:
        matrix = self.ratings.pivot_table(index="item_id", columns="user_id", values="stars", fill_value=0)
        embedding = NMF(n_components=self.factors, init="nndsvda", max_iter=400).fit_transform(matrix.values)
        similarity = np.corrcoef(embedding)
        items = list(matrix.index)
        return {item: [items[j] for j in np.argsort(-similarity[i])[1:11]] for i, item in enumerate(items)}
