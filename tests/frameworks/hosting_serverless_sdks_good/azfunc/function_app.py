import json

import azure.functions as func
import joblib

from shared.features import frame

app = func.FunctionApp(http_auth_level=func.AuthLevel.FUNCTION)
MODEL = joblib.load("price.joblib")


@app.route(route="estimate", methods=["POST"])
def estimate(req: func.HttpRequest) -> func.HttpResponse:
    prices = MODEL.predict(frame(req.get_json()["homes"])).tolist()
    return func.HttpResponse(json.dumps({"prices": prices}), mimetype="application/json")
