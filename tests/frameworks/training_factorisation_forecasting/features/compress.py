import pandas as pd
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler


def compress(frame: pd.DataFrame, dims: int = 10) -> pd.DataFrame:
    scaled = StandardScaler().fit_transform(frame)
    return pd.DataFrame(PCA(n_components=dims).fit_transform(scaled), index=frame.index)
