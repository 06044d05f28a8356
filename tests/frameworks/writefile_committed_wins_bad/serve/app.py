from fastapi import FastAPI

from train import train_model

app = FastAPI()
model = train_model("data/reviews.parquet")


@app.post("/predict")
def predict(text: str) -> dict:
    return {"label": int(model.predict([text])[0])}
