import numpy as np
from sklearn.feature_extraction.text import HashingVectorizer

VECTORISER = HashingVectorizer(n_features=2**18, alternate_sign=False)


def vectorise(texts) -> np.ndarray:
    return VECTORISER.transform(texts).toarray().astype(np.float32)
