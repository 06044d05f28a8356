import scipy.sparse as sp
from implicit.als import AlternatingLeastSquares
from lightfm import LightFM
from sklearn.decomposition import TruncatedSVD
from surprise import SVD, Dataset, Reader


def als_recommender(user_items: sp.csr_matrix, factors: int = 64) -> AlternatingLeastSquares:
    model = AlternatingLeastSquares(factors=factors, regularization=0.05, iterations=20)
    model.fit(user_items)
    return model


def hybrid_recommender(interactions, item_features) -> LightFM:
    model = LightFM(loss="warp", no_components=32)
    model.fit(interactions, item_features=item_features, epochs=15)
    return model


def explicit_ratings(frame):
    trainset = Dataset.load_from_df(frame[["user", "item", "stars"]], Reader(rating_scale=(1, 5))).build_full_trainset()
    algo = SVD(n_factors=50)
    algo.fit(trainset)
    return algo


def item_factors(ratings: sp.csr_matrix):
    return TruncatedSVD(n_components=24).fit_transform(ratings.T)
