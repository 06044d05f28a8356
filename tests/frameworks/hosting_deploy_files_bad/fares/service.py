"""Scoring service for the fare model, a plain Falcon WSGI app."""
import falcon
import joblib

from fares.train import build_matrix

MODEL = joblib.load("/opt/models/fare.joblib")


class Fare:
    def on_post(self, req, resp):
        rows = req.get_media()["rows"]
        resp.media = {"fare": MODEL.predict(build_matrix(rows)).tolist()}


app = falcon.App()
app.add_route("/fare", Fare())
