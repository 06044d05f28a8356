from aiohttp import web

from sentiment.store import score


async def predict(request: web.Request) -> web.Response:
    body = await request.json()
    return web.json_response({"scores": score(body["texts"])})


app = web.Application()
app.router.add_post("/predict", predict)
