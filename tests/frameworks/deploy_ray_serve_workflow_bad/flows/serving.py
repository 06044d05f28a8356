"""Serving task: start a Ray Serve application on a trained ticket router."""

import joblib
from flytekit import task
from flytekit.types.file import FlyteFile


@task
def serve_classifier(model: FlyteFile, replicas: int = 1) -> None:
    from ray import serve

    @serve.deployment(num_replicas=replicas)
    class TicketRouter:
        def __init__(self) -> None:
            self.pipeline = joblib.load(model.download())

        async def __call__(self, request) -> dict:
            body = await request.json()
            return {"queue": int(self.pipeline.predict([body["text"]])[0])}

    serve.run(TicketRouter.bind(), name="ticket-router", route_prefix="/route")
