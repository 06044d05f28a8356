from ninja import NinjaAPI, Schema

from sentiment.store import score

api = NinjaAPI(title="sentiment")


class Texts(Schema):
    texts: list[str]


@api.post("/predict")
def predict(request, payload: Texts):
    return {"scores": score(payload.texts)}
