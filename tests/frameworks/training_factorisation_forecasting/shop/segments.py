import pandas as pd
from sklearn.cluster import MiniBatchKMeans
from sklearn.ensemble import IsolationForest


def customer_segments(rfm: pd.DataFrame, k: int = 6) -> pd.Series:
    labels = MiniBatchKMeans(n_clusters=k, random_state=7).fit_predict(rfm[["recency", "frequency", "monetary"]])
    return pd.Series(labels, index=rfm.index, name="segment")


def unusual_baskets(baskets: pd.DataFrame) -> pd.Series:
    detector = IsolationForest(contamination=0.01)
    return pd.Series(detector.fit_predict(baskets) == -1, index=baskets.index)
