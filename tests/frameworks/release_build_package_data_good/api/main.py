"""HTTP front end; the model comes with the installed churn-model wheel."""
from fastapi import FastAPI

from churn_model.predict import predict

app = FastAPI()


@app.post("/churn")
def churn(customers: list[dict]) -> dict:
    return {"probability": predict(customers)}
