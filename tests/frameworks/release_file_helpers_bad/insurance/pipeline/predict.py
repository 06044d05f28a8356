import os

import pandas as pd

from insurance.io_utils import load_object


class PremiumPredictor:
    def predict(self, frame: pd.DataFrame):
        model = load_object(os.path.join("artifacts", "premium_model.pkl"))
        return model.predict(frame)
