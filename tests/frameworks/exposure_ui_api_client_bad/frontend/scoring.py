"""The classifier, loaded into the review screen's own process."""
import joblib

MODEL_PATH = "artifacts/toxicity.joblib"


class LocalScorer:
    def __init__(self, path: str = MODEL_PATH) -> None:
        self.pipeline = joblib.load(path)

    def predict(self, text: str) -> dict:
        probability = float(self.pipeline.predict_proba([text])[0][1])
        return {"toxic": probability >= 0.5, "probability": probability}


def get_scorer() -> LocalScorer:
    return LocalScorer()
