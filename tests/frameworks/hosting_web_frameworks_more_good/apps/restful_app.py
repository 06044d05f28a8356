from flask import Flask, request
from flask_restful import Api, Resource
from flask_restx import Api as RestxApi

from sentiment.store import score

app = Flask(__name__)
api = Api(app)
docs = RestxApi(version="1.0", title="Sentiment")


class Predict(Resource):
    def post(self):
        return {"scores": score(request.get_json()["texts"])}


api.add_resource(Predict, "/predict")
