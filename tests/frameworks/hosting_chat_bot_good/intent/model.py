"""Answer with the fitted intent classifier; fitting lives in intent/train.py."""
import joblib

ARTIFACT = "artifacts/intent.joblib"
_pipeline = joblib.load(ARTIFACT)


def predict_intent(texts):
    return _pipeline.predict(texts)
