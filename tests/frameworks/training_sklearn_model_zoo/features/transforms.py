"""Feature helpers: scikit-learn transformers and utilities, no estimator is trained here."""
import numpy as np
import pandas as pd
from sklearn.preprocessing import FunctionTransformer, OrdinalEncoder, StandardScaler
from sklearn.utils import check_array


def log_amounts(df: pd.DataFrame) -> pd.DataFrame:
    return df.assign(total_charges=np.log1p(df["total_charges"]))


def standardise(frame: pd.DataFrame) -> np.ndarray:
    return StandardScaler().fit_transform(check_array(frame.values))


LOG1P = FunctionTransformer(np.log1p)
ENCODER = OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1)
