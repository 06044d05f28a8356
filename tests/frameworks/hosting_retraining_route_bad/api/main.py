"""Loan-default scoring service: loads the current model at start-up and mounts the routes."""
from contextlib import asynccontextmanager

from fastapi import FastAPI

from api.model_store import DefaultModel
from api.routes import scoring, training


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.model = DefaultModel.from_file("artifacts/default_model.joblib")
    yield


app = FastAPI(title="loan-default", lifespan=lifespan)
app.include_router(scoring.router)
app.include_router(training.router)
