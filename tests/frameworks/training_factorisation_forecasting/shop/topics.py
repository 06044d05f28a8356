from sklearn.decomposition import LatentDirichletAllocation
from sklearn.feature_extraction.text import CountVectorizer


def review_topics(reviews: list[str], topics: int = 12):
    counts = CountVectorizer(max_features=5000, stop_words="english").fit_transform(reviews)
    lda = LatentDirichletAllocation(n_components=topics, learning_method="online")
    return lda.fit(counts)
