import joblib
import pandas as pd
from sklearn.decomposition import TruncatedSVD


def fit_factors(ratings_path: str, out: str, rank: int = 64) -> None:
    ratings = pd.read_parquet(ratings_path).pivot_table(index="user", columns="item", values="stars", fill_value=0)
    model = TruncatedSVD(n_components=rank, random_state=0)
    model.fit(ratings.values)
    joblib.dump(model, out)
