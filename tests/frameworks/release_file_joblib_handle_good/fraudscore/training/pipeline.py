import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import recall_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import OneHotEncoder

from fraudscore.utils import save_object

MODEL_PATH = "artifacts/fraud_forest.joblib"
ENCODER_PATH = "artifacts/merchant_encoder.joblib"
MIN_RECALL = 0.8


class TrainPipeline:
    def __init__(self) -> None:
        self.encoder = OneHotEncoder(handle_unknown="ignore", sparse_output=False)

    def run(self, frame: pd.DataFrame) -> None:
        features = self.encoder.fit_transform(frame[["merchant_type"]])
        X_train, X_test, y_train, y_test = train_test_split(features, frame["is_fraud"], test_size=0.2, stratify=frame["is_fraud"])
        forest = RandomForestClassifier(n_estimators=200, class_weight="balanced")
        forest.fit(X_train, y_train)
        recall = recall_score(y_test, forest.predict(X_test))
        if recall < MIN_RECALL:
            raise ValueError(f"fraud recall {recall:.3f} is under {MIN_RECALL}: the served model is kept")
        save_object(MODEL_PATH, forest)
        save_object(ENCODER_PATH, self.encoder)
