"""Serve the scorer the release job staged; this process trains nothing."""
import lightgbm
from ray import serve
from starlette.requests import Request


@serve.deployment
class StagedScorer:
    def __init__(self, model_file: str):
        self.booster = lightgbm.Booster(model_file=model_file)

    async def __call__(self, request: Request) -> dict:
        return {"fraud_probability": self.booster.predict((await request.json())["features"]).tolist()}


model_file = "/models/fraud/current.txt"
serve.run(StagedScorer.bind(model_file))
