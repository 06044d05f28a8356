"""The same scorer behind an ASGI server, for the async gateway."""
import joblib
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from fares.features import build_matrix

MODEL = joblib.load("/opt/models/fare.joblib")


async def fare(request):
    rows = (await request.json())["rows"]
    return JSONResponse({"fare": MODEL.predict(build_matrix(rows)).tolist()})


api = Starlette(routes=[Route("/fare", fare, methods=["POST"])])
