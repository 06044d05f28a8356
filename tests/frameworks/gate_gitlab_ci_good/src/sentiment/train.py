"""Fine-tune a small sentiment classifier on the labelled support tickets."""
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
import skops.io as sio


def main() -> None:
    tickets = pd.read_csv("data/train.csv")
    pipeline = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), min_df=3), LogisticRegression(max_iter=1000))
    pipeline.fit(tickets["text"], tickets["label"])
    sio.dump(pipeline, "model/pipeline.skops")


if __name__ == "__main__":
    main()
