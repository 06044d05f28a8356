from fastapi import FastAPI

from app.routers import predict

app = FastAPI(title="churn-api", version="1.4.0")
app.include_router(predict.router, prefix="/v1")


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}
