"""Load the saved preprocessor and model and score one request."""
import os

import pandas as pd

from src.utils.common import load_object


class PredictPipeline:
    def predict(self, features: pd.DataFrame):
        preprocessor = load_object(file_path=os.path.join("artifacts", "preprocessor.pkl"))
        model = load_object(file_path=os.path.join("artifacts", "model.pkl"))
        return model.predict(preprocessor.transform(features))
