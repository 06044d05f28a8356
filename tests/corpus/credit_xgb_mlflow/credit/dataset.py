import pandas as pd
from sklearn.model_selection import train_test_split

CATEGORICAL = ["home_ownership", "purpose", "grade"]
TARGET = "defaulted"


def load(path: str):
    df = pd.read_csv(path)
    for col in CATEGORICAL:
        df[col] = df[col].astype("category").cat.codes
    y = df.pop(TARGET)
    return train_test_split(df, y, test_size=0.25, stratify=y, random_state=11)
