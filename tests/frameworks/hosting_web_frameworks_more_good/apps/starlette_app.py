from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from sentiment.store import score


async def predict(request):
    body = await request.json()
    return JSONResponse({"scores": score(body["texts"])})


app = Starlette(routes=[Route("/predict", predict, methods=["POST"])])
