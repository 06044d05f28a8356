from ray import serve
from starlette.requests import Request
from transformers import pipeline

from sentiment.train import LABELS


@serve.deployment(num_replicas=2, ray_actor_options={"num_cpus": 1})
class SentimentDeployment:
    def __init__(self, model_dir: str):
        self.classifier = pipeline("sentiment-analysis", model=model_dir)

    async def __call__(self, request: Request) -> dict:
        text = (await request.json())["text"]
        result = self.classifier(text)[0]
        return {"label": LABELS[result["label"]], "score": result["score"]}


app = SentimentDeployment.bind(model_dir="/mnt/models/sentiment")

if __name__ == "__main__":
    serve.run(app, route_prefix="/")
