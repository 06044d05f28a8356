import joblib
import pandas as pd
from sklearn.linear_model import SGDClassifier

MODEL_PATH = "/models/spam.joblib"


def train_if_stale(rows: pd.DataFrame) -> None:
    model = SGDClassifier(loss="log_loss", alpha=1e-4)
    model.fit(rows.drop(columns="label"), rows["label"])
    joblib.dump(model, MODEL_PATH)
