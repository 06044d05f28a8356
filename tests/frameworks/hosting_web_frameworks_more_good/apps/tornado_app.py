import json

import tornado.web

from sentiment.store import score


class PredictHandler(tornado.web.RequestHandler):
    def post(self):
        self.write({"scores": score(json.loads(self.request.body)["texts"])})


def make_app() -> tornado.web.Application:
    return tornado.web.Application([(r"/predict", PredictHandler)])
