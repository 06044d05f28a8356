"""Price API started by `make serve` (a Starlette app: no framework rule names it)."""
import joblib
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

MODEL = joblib.load("price.joblib")


async def price(request):
    return JSONResponse({"price": MODEL.predict([(await request.json())["x"]]).tolist()})


app = Starlette(routes=[Route("/price", price, methods=["POST"])])
