"""Load the labelled reviews export."""
import pandas as pd


def load_reviews():
    train = pd.read_parquet("data/reviews_train.parquet")
    val = pd.read_parquet("data/reviews_val.parquet")
    return (train["text"].values, train["label"].values), (val["text"].values, val["label"].values)
