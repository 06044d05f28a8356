"""Impute, scale and encode the raw columns; keep the fitted transformer for the form."""
import os
from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

from src.utils import save_object


@dataclass
class DataTransformationConfig:
    preprocessor_path: str = os.path.join("artifacts", "preprocessor.pkl")


class DataTransformation:
    def __init__(self):
        self.config = DataTransformationConfig()

    def transform(self, train_df: pd.DataFrame, test_df: pd.DataFrame, target: str):
        numeric = Pipeline([("imputer", SimpleImputer(strategy="median")), ("scaler", StandardScaler())])
        categorical = Pipeline([("imputer", SimpleImputer(strategy="most_frequent")), ("one_hot", OneHotEncoder())])
        preprocess = ColumnTransformer([("num", numeric, ["reading_score", "writing_score"]), ("cat", categorical, ["gender", "lunch"])])
        train_x = preprocess.fit_transform(train_df.drop(columns=[target]))
        test_x = preprocess.transform(test_df.drop(columns=[target]))
        save_object(self.config.preprocessor_path, preprocess)
        return np.c_[train_x, train_df[target].to_numpy()], np.c_[test_x, test_df[target].to_numpy()]
