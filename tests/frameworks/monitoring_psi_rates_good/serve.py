"""Moderation API: flags a comment for each label the classifier scores above its threshold."""
import joblib
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI(title="comment-moderation")
classifier = joblib.load("artifacts/toxicity.joblib")
THRESHOLDS = {"toxic": 0.5, "insult": 0.6, "threat": 0.4}


class Comment(BaseModel):
    text: str


@app.post("/moderate")
def moderate(comment: Comment) -> dict:
    scores = dict(zip(THRESHOLDS, classifier.predict_proba([comment.text])[0]))
    return {label: bool(scores[label] >= cut) for label, cut in THRESHOLDS.items()}
