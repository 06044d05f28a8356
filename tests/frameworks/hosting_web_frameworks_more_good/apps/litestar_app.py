from litestar import Litestar, post

from sentiment.store import score


@post("/predict")
async def predict(data: dict) -> dict:
    return {"scores": score(data["texts"])}


app = Litestar(route_handlers=[predict])
