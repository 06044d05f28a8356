import joblib
from fastapi import FastAPI

app = FastAPI(title="ratings")
recommender = joblib.load("models/als.joblib")


@app.get("/users/{user_id}/recommendations")
def recommendations(user_id: int, k: int = 10):
    return {"items": recommender.recommend(user_id, k)}
