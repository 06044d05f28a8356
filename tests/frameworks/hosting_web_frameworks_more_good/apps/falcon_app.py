import falcon
import falcon.asgi

from sentiment.store import score


class Predict:
    def on_post(self, req, resp):
        resp.media = {"scores": score(req.get_media()["texts"])}


app = falcon.App()
app.add_route("/predict", Predict())
legacy = falcon.API()
asgi_app = falcon.asgi.App()
