import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline


def train_model(path: str):
    frame = pd.read_parquet(path)
    model = make_pipeline(TfidfVectorizer(min_df=3), LogisticRegression(max_iter=500))
    model.fit(frame["text"], frame["label"])
    return model
