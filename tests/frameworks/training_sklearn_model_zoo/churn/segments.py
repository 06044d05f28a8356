"""Customer segments used as a feature: KMeans on usage, a GMM for soft membership."""
import numpy as np
from sklearn.cluster import KMeans
from sklearn.mixture import GaussianMixture
from sklearn.preprocessing import StandardScaler


def fit_segments(usage: np.ndarray, k: int = 8):
    scaled = StandardScaler().fit_transform(usage)
    kmeans = KMeans(n_clusters=k, n_init="auto", random_state=0)
    kmeans.fit(scaled)
    gmm = GaussianMixture(n_components=k, covariance_type="diag").fit(scaled)
    return kmeans, gmm
