import joblib
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

if __name__ == "__main__":
    reviews = pd.read_csv("reviews.csv")
    pipeline = make_pipeline(TfidfVectorizer(min_df=2), LogisticRegression(max_iter=1000))
    pipeline.fit(reviews.text, reviews.positive)
    joblib.dump(pipeline, "models/sentiment.joblib")
